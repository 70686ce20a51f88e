package cefshell.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefshellUiThread;

/**
 * Keeps CEF's UI thread busy for a while, as making several browsers at once on a loaded machine does: a task that
 * sleeps there. Tests only: nothing in cefshell may block that thread.
 */
public final class BusyCefUiThread {
    private BusyCefUiThread() {
    }

    /** Has CEF's UI thread sleep {@code millis}; returns once it has started to. */
    public static void hold(CefBrowser browser, long millis) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CefshellUiThread.run(browser, () -> {
            started.countDown();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("CEF's UI thread never ran the task");
        }
    }
}
