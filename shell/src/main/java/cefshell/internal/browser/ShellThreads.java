package cefshell.internal.browser;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads user code runs on. CEF calls us on its UI thread (and IO thread for resources), which must never block
 * and must never run user code; Swing's EDT belongs to the application. So lifecycle events (closed, ready-to-show,
 * did-finish-load, console messages) are delivered on one ordered "cefshell-events" thread.
 */
public final class ShellThreads {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");
    private static final ExecutorService EVENTS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cefshell-events");
        t.setDaemon(true);
        return t;
    });

    private ShellThreads() {
    }

    /** Runs a user callback on the event thread; a throwing listener is reported, never fatal. */
    public static void event(Runnable listener) {
        EVENTS.execute(() -> {
            try {
                listener.run();
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "a listener threw", t);
            }
        });
    }

    public static boolean isEventThread() {
        return Thread.currentThread().getName().equals("cefshell-events");
    }
}
