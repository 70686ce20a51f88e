package cefshell.internal.ipc;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets go of pushes held for a query's answer ({@link RendererPush#dispatchCollecting}) once they have waited
 * {@link #HOLD_NANOS}: a listener that sends and then keeps working (progress reports from a long job) must not hold
 * back what it sent until it returns. One thread for the process, parked without a deadline while nothing is held; a timer task per
 * held batch would cost a wake-up of the timer thread for every message of a conversation.
 */
final class HeldPushes {
    /** Longer than a listener that answers at once takes, short enough that nobody sees the wait. */
    static final long HOLD_NANOS = 2_000_000;

    /** A batch held since {@code since} (System.nanoTime) in {@code box} of {@code push}. */
    record Hold(RendererPush push, Object box, long since) {
    }

    private static final ConcurrentLinkedQueue<Hold> HOLDS = new ConcurrentLinkedQueue<>();
    private static volatile boolean idle;
    private static final Thread WATCH = start();

    private HeldPushes() {
    }

    /** Watches a batch held from now on. */
    static void watch(Hold hold) {
        HOLDS.add(hold);
        if (idle) {
            LockSupport.unpark(WATCH);
        }
    }

    private static Thread start() {
        Thread t = new Thread(HeldPushes::run, "cefshell-held-pushes");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void run() {
        while (true) {
            Hold next = HOLDS.peek();
            if (next == null) {
                idle = true;
                if (HOLDS.isEmpty()) { // checked again once idle is visible: a hold added meanwhile unparks us
                    LockSupport.park();
                }
                idle = false;
                continue;
            }
            long wait = next.since() + HOLD_NANOS - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            HOLDS.poll();
            try {
                next.push().letGo(next.box(), next.since());
            } catch (RuntimeException e) {
                PageIpc.log("could not send messages held for a reply: " + e);
            }
        }
    }
}
