package cefshell.internal.browser;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds back a move of a windowed page's component to another parent until CEF's UI thread answers quickly.
 *
 * <p>Why: when a windowed browser's component is added to or removed from a window (its addNotify / removeNotify),
 * JCEF reparents the browser's native window on CEF's UI thread and waits for that at most 1 s, on a lock that lives
 * on the calling thread's stack (java-cef {@code N_SetParent} on Linux). When CEF's UI thread is busy for longer
 * (several browsers being made at once on a loaded machine), the wait gives up, the caller's stack moves on, and the
 * reparenting task later locks what is left there: the JVM dies with SIGSEGV in {@code pthread_mutex_lock}, called
 * from JCEF's {@code util::SetParentSync} (caught in a core dump; the JVM crashed in 3 runs of 19 of
 * WebviewGuestTest with eight {@code <webview>}s made at once, and once in CI). So before such a move the EDT asks CEF's UI thread a harmless
 * question (the page's windowless frame rate, answered there through a callback JCEF keeps alive) until the answer
 * comes back quickly, and only then moves. The EDT may wait for that (never CEF's UI thread for the EDT); after
 * {@link #GIVE_UP_MS} the move goes ahead as before.
 *
 * <p>This narrows the window; it does not close it. CEF's UI thread can still fall more than 1 s behind right after
 * the answer (a starved CPU): one clean-clone CI run of five after this guard still crashed this way. The full fix
 * is to move the component on CEF's UI thread itself, where JCEF reparents at once and waits for nothing, with the
 * EDT waiting outside AWT's tree lock; not done yet.
 */
public final class ReparentGuard {
    static final long QUICK_MS = 100;
    static final long GIVE_UP_MS = 10_000;

    private ReparentGuard() {
    }

    /** Before {@code host}'s component changes parent. EDT; returns at once for a page with no native window. */
    public static void beforeMove(BrowserHost host) {
        if (host.isOffscreen() || !host.isCreated() || host.isClosing() || CefShutdown.inProgress()) {
            return; // JCEF does not reparent these: nothing to wait for
        }
        long giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MS);
        while (true) {
            long asked = System.nanoTime();
            long left = giveUpAt - asked;
            if (left <= 0) {
                return;
            }
            try {
                host.browser().getWindowlessFrameRate().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
                return;
            }
            if (System.nanoTime() - asked < TimeUnit.MILLISECONDS.toNanos(QUICK_MS)) {
                return;
            }
        }
    }
}
