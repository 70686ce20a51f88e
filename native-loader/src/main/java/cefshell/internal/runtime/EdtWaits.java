package cefshell.internal.runtime;

import java.awt.EventQueue;
import java.awt.SecondaryLoop;
import java.awt.Toolkit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waiting for CEF from any thread, the AWT event dispatch thread included. JCEF delivers its state changes through
 * {@code invokeLater}, and in off-screen mode the EDT pumps CEF's whole message loop: an EDT that simply blocked
 * would wait for itself. On the EDT the wait therefore runs a {@link SecondaryLoop}, which keeps dispatching events
 * until the awaited thing is done, as a modal dialog does (so other events may run meanwhile).
 */
public final class EdtWaits {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cefshell-edt-wait-timer");
        t.setDaemon(true);
        return t;
    });

    private EdtWaits() {
    }

    /**
     * Waits until {@code f} is done or the timeout passes; returns whether it is done. Off the EDT this is a plain
     * blocking wait; on the EDT, events keep being dispatched meanwhile.
     */
    public static boolean await(CompletableFuture<?> f, long timeout, TimeUnit unit) throws InterruptedException {
        if (f.isDone()) {
            return true;
        }
        if (!EventQueue.isDispatchThread()) {
            try {
                f.get(timeout, unit);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                // done, exceptionally: the caller reads the outcome from f
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            }
            return true;
        }
        SecondaryLoop loop = Toolkit.getDefaultToolkit().getSystemEventQueue().createSecondaryLoop();
        // exit() before enter() makes enter() return at once (JDK 9+), so the order of these races is harmless
        ScheduledFuture<?> timer = TIMER.schedule(loop::exit, Math.max(0, unit.toNanos(timeout)), TimeUnit.NANOSECONDS);
        f.whenComplete((v, e) -> loop.exit());
        try {
            loop.enter();
        } finally {
            timer.cancel(false);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return f.isDone();
    }

    /** True on the thread that dispatches AWT events. */
    public static boolean onEdt() {
        return EventQueue.isDispatchThread();
    }
}
