package cefshell.internal.browser;

import java.lang.reflect.InvocationTargetException;

import javax.swing.SwingUtilities;

/** Running Swing work on the EDT from whatever thread the caller is on. */
public final class Swing {
    private Swing() {
    }

    /** Runs {@code r} on the EDT: now if already there, else later. */
    public static void later(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    /** Runs {@code r} on the EDT and waits for it (directly if already there). */
    public static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the EDT", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops the components under {@code root} (a closed browser's, or a shell-made window's) from reacting to
     * hierarchy changes: JCEF's browser components call into their browser on each one, and after the browser
     * closed or CEF shut down that native call on a freed browser crashed the JVM (SIGSEGV in
     * CefBrowserCToCpp::AddRef from N_SetWindowVisibility, seen once at the end of a test run).
     */
    public static void detachBrowserComponents(java.awt.Component root) {
        for (java.awt.event.HierarchyListener l : root.getHierarchyListeners()) {
            root.removeHierarchyListener(l);
        }
        if (root instanceof java.awt.Container c) {
            for (java.awt.Component child : c.getComponents()) {
                detachBrowserComponents(child);
            }
        }
    }
}
