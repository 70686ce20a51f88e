package cefshell.internal.browser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cef.browser.CefBrowser;

/**
 * A page's DevTools window: open, close, and whether it is open. JCEF 146 cannot tell the last ({@code CefBrowser}
 * has {@code openDevTools} and {@code closeDevTools} but no {@code hasDevTools}); the DevTools are another browser
 * on the page's client, so the life-span callbacks {@link BrowserHost} receives for both say when a DevTools window
 * appears and goes. As in Electron, the answer follows a request at once, before the window has appeared or gone.
 */
public final class DevToolsWindows {
    private final Set<Integer> open = ConcurrentHashMap.newKeySet();
    private volatile boolean wanted;

    /** Opens the DevTools beside the page (a window of its own); nothing if they are open. */
    public void open(CefBrowser page) {
        if (!wanted) {
            wanted = true;
            page.openDevTools();
        }
    }

    public void close(CefBrowser page) {
        wanted = false;
        page.closeDevTools();
    }

    public boolean isOpen() {
        return wanted;
    }

    /** A DevTools browser of this page was created (by us, or by whoever called {@code openDevTools}). */
    void opened(CefBrowser devTools) {
        open.add(devTools.getIdentifier());
        wanted = true;
    }

    /** It closed: by {@link #close}, by its window's close button, or with the page. */
    void closed(CefBrowser devTools) {
        open.remove(devTools.getIdentifier());
        if (open.isEmpty()) {
            wanted = false;
        }
    }
}
