package org.cef.browser;

import java.awt.Component;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;

/**
 * Moves a windowed browser's native window between Swing parents on CEF's UI thread, instead of the way JCEF does it.
 *
 * <p>JCEF moves it when the browser's component is added to or removed from a window (its addNotify and
 * removeNotify). On Linux, off CEF's UI thread, JCEF posts the move to that thread and waits for it on a mutex and a
 * condition variable that live on the caller's stack (java-cef {@code N_SetParent}). The wait gives up after at most
 * 1 s, often much less (its deadline drops the current second's fraction: {@code CriticalWait::Wait}), and the
 * caller's stack moves on; when CEF's UI thread gets to the move later, it locks what is now other data: the JVM dies
 * with SIGSEGV in {@code pthread_mutex_lock} (caught in a core dump, and in CI during WebviewTagTest). On CEF's UI
 * thread itself JCEF moves the window at once and waits for nothing.
 *
 * <p>So this runs JCEF's move on CEF's UI thread ({@link CefshellUiThread}) and sets the component's own "moved out"
 * flag so that its addNotify and removeNotify leave the window alone. Not API; EDT only.
 * If a future JCEF lacks what this reads, {@link #available()} is false and JCEF moves the window as before.
 */
public final class CefshellReparenting {
    private static final Field CANVAS = JcefMembers.field(CefBrowserWr.class, "canvas_");
    private static final Method WINDOW_HANDLE = JcefMembers.method(CefBrowserWr.class, "getWindowHandle",
            Component.class);

    private CefshellReparenting() {
    }

    /** Whether moves can be made here (JCEF has what this reads). */
    public static boolean available() {
        return CefshellUiThread.available() && CANVAS != null && WINDOW_HANDLE != null;
    }

    /**
     * Marks {@code browser}'s component as moved out or in, so that its removeNotify (moved out) or addNotify (moved
     * in) does not move the native window itself. Returns false when that is not possible (not a windowed browser,
     * or JCEF's component has no such flag).
     */
    public static boolean markMoved(CefBrowser browser, boolean out) {
        if (!available() || !(browser instanceof CefBrowserWr)) {
            return false;
        }
        Component component = browser.getUIComponent();
        Field removed = JcefMembers.field(component.getClass(), "removed_");
        if (removed == null) {
            return false;
        }
        try {
            removed.setBoolean(component, out);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Moves the native window out of the component, into JCEF's hidden window, on CEF's UI thread, and then runs
     * {@code thenOnUiThread} there. The future completes once both have run, or at once when there is nothing to move
     * (no native browser, or it is closing).
     */
    public static CompletableFuture<Void> moveOut(CefBrowser browser, Runnable thenOnUiThread) {
        return onUiThread(browser, wr -> {
            wr.setParent(0, null);
            thenOnUiThread.run();
        });
    }

    /** Moves the native window into the component's canvas, which must be displayable, on CEF's UI thread. */
    public static CompletableFuture<Void> moveIn(CefBrowser browser) {
        return onUiThread(browser, wr -> {
            Component canvas = (Component) get(CANVAS, wr);
            if (canvas != null && canvas.isDisplayable()) {
                wr.setParent(windowHandle(wr.getUIComponent()), canvas);
            }
        });
    }

    private interface Move {
        void run(CefBrowserWr browser);
    }

    /** Runs {@code move} on CEF's UI thread; nothing to move when there is no native browser or it is closed. */
    private static CompletableFuture<Void> onUiThread(CefBrowser browser, Move move) {
        if (!available() || !(browser instanceof CefBrowserWr wr) || wr.isClosed()) {
            return CompletableFuture.completedFuture(null);
        }
        return CefshellUiThread.run(wr, () -> move.run(wr));
    }

    private static long windowHandle(Component component) {
        try {
            return (Long) WINDOW_HANDLE.invoke(null, component);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0; // what JCEF's own lookup gives on Linux and Windows, where the canvas names the parent
        }
    }

    private static Object get(Field f, Object owner) {
        try {
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
