package org.cef.browser;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a task on CEF's UI thread, reached through the one JCEF call that answers there for any browser: the
 * windowless frame rate (its native side posts its callback to that thread; for a windowed browser it reads
 * nothing). JCEF has no other way to post a task there. Not API.
 */
public final class CefshellUiThread {
    private static final Method ASK = JcefMembers.method(CefBrowser_N.class, "N_GetWindowlessFrameRate",
            JcefMembers.type("org.cef.browser.CefBrowser_N$IntCallback"));

    private CefshellUiThread() {
    }

    /** Whether tasks can be run there (JCEF has what this calls). */
    public static boolean available() {
        return ASK != null;
    }

    /**
     * Runs {@code task} on CEF's UI thread. The future completes after it, or at once, without running it, when the
     * browser has no native browser (JCEF then calls back on the calling thread) or this JCEF lacks the call.
     */
    public static CompletableFuture<Void> run(CefBrowser browser, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (ASK == null || !(browser instanceof CefBrowser_N)) {
            done.complete(null);
            return done;
        }
        Thread caller = Thread.currentThread();
        Object callback = Proxy.newProxyInstance(CefshellUiThread.class.getClassLoader(),
                new Class<?>[] {ASK.getParameterTypes()[0]}, (proxy, m, args) -> {
                    if (m.getDeclaringClass() == Object.class) {
                        return switch (m.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "CefshellUiThread task";
                        };
                    }
                    try {
                        if (Thread.currentThread() != caller) { // else no native browser: nothing is there to touch
                            task.run();
                        }
                        done.complete(null);
                    } catch (RuntimeException | Error e) {
                        done.completeExceptionally(e);
                    }
                    return null;
                });
        try {
            ASK.invoke(browser, callback);
        } catch (ReflectiveOperationException | RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }
}
