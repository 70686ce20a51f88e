package cefshell.internal.ipc;

import java.util.function.Function;

import org.cef.browser.CefBrowser;

/**
 * A page's browser for calls from threads other than CEF's UI thread. JCEF releases a browser's native object as soon
 * as {@code onBeforeClose} has returned on CEF's UI thread, and a call into the browser from another thread at that
 * moment reads a freed pointer: the JVM crashed in {@code CefBrowser_N.getFrameByIdentifier} while a test polled
 * {@code WebFrameMain.isDestroyed()} as its window closed. So such calls go through here, and none starts once the
 * browser is gone (the browser layer waits for the calls under way, up to 100 ms, before JCEF releases it).
 */
public interface LiveBrowser {
    /** No browser at all (a page of a test without Chromium). */
    LiveBrowser NONE = new LiveBrowser() {
        @Override
        public <T> T call(Function<CefBrowser, T> call, T ifGone) {
            return ifGone;
        }
    };

    /** {@code call}'s result on the browser, or {@code ifGone} before the browser exists and once it is closed. */
    <T> T call(Function<CefBrowser, T> call, T ifGone);
}
