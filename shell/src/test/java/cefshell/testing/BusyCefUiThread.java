package cefshell.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cef.browser.CefBrowser;

/**
 * Keeps CEF's UI thread busy for a while, as making several browsers at once on a loaded machine does: a task that
 * sleeps there. Reached through JCEF's windowless-frame-rate call, whose native side runs its callback on that thread
 * (the one JCEF call that does so for any browser). Tests only: nothing in cefshell may block that thread.
 */
public final class BusyCefUiThread {
    private BusyCefUiThread() {
    }

    /** Has CEF's UI thread sleep {@code millis}; returns once it has started to. */
    public static void hold(CefBrowser browser, long millis) throws Exception {
        Class<?> callbackType = Class.forName("org.cef.browser.CefBrowser_N$IntCallback");
        Method ask = Class.forName("org.cef.browser.CefBrowser_N").getDeclaredMethod("N_GetWindowlessFrameRate",
                callbackType);
        ask.setAccessible(true);
        CountDownLatch started = new CountDownLatch(1);
        Object callback = Proxy.newProxyInstance(callbackType.getClassLoader(), new Class<?>[] {callbackType},
                (proxy, m, args) -> {
                    if (m.getName().equals("onComplete")) {
                        started.countDown();
                        Thread.sleep(millis);
                    }
                    return m.getName().equals("hashCode") ? 0 : m.getName().equals("equals") ? false : null;
                });
        ask.invoke(browser, callback);
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("CEF's UI thread never ran the task");
        }
    }
}
