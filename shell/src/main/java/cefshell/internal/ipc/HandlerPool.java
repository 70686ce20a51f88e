package cefshell.internal.ipc;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads user handlers run on: an unbounded pool (a handler may block; other documents must not wait for it)
 * whose idle threads park at once and are reused last-in first-out.
 *
 * <p>Why not a cached thread pool: it hands work over through a queue and keeps no order of idle threads; this one
 * hands a task straight to the thread that was busy last, whose code and data are still in the caches.
 *
 * <p>Idle workers may also poll for new work before they park: {@code cefshell.ipc.spinMicros} (system property,
 * default {@value #DEFAULT_SPIN_MICROS}, i.e. off) makes a worker poll with {@link Thread#yield()} for that long, and
 * only while work comes in quick succession. It was the default (1000 µs) until the per-stage clock
 * ({@link StageClock}, {@code shell bench --only stages}) showed that on this project's 2-core machines a yielding
 * poller slows the very hand-off it was meant to speed up: the median hand-off from CEF's thread was 87-89 µs with
 * polling against 37-41 µs without, and handing the answer back to CEF 56-66 µs against 24-38 µs, because the poller
 * holds a core that CEF's UI thread and the renderer need at that moment (BENCHMARKS.md).
 */
final class HandlerPool implements Executor {
    private static final System.Logger LOG = System.getLogger("cefshell.ipc");
    static final long DEFAULT_SPIN_MICROS = 0;
    private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** Put in an idle worker's slot when it retires, so nothing can be handed to it any more. */
    private static final Runnable RETIRED = () -> { };

    private final String namePrefix;
    private final long spinNanos;
    private final AtomicInteger threads = new AtomicInteger();
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();

    HandlerPool(String namePrefix, long spinMicros) {
        this.namePrefix = namePrefix;
        this.spinNanos = TimeUnit.MICROSECONDS.toNanos(Math.max(0, spinMicros));
    }

    static long spinMicrosFromProperty() {
        try {
            return Long.parseLong(System.getProperty("cefshell.ipc.spinMicros", String.valueOf(DEFAULT_SPIN_MICROS)));
        } catch (NumberFormatException e) {
            return DEFAULT_SPIN_MICROS;
        }
    }

    @Override
    public void execute(Runnable task) {
        Worker w;
        while ((w = idle.pollFirst()) != null) {
            if (w.offer(task)) {
                return;
            }
        }
        Worker fresh = new Worker(task);
        fresh.start();
    }

    private final class Worker extends Thread {
        private final AtomicReference<Runnable> slot = new AtomicReference<>();
        /** Whether the last task came soon enough after the one before that polling would have caught it. */
        private boolean busy;

        Worker(Runnable first) {
            super(namePrefix + threads.incrementAndGet());
            setDaemon(true);
            slot.set(first);
        }

        /** Hands a task to this idle worker; false if it retired meanwhile. */
        boolean offer(Runnable task) {
            if (!slot.compareAndSet(null, task)) {
                return false;
            }
            LockSupport.unpark(this);
            return true;
        }

        @Override
        public void run() {
            Runnable task = slot.getAndSet(null);
            while (task != null) {
                try {
                    task.run();
                } catch (Throwable t) {
                    LOG.log(System.Logger.Level.ERROR, "an IPC task failed", t);
                }
                idle.addFirst(this);
                task = await();
            }
        }

        /** The next task, or null once this worker has been idle for the keep-alive time and retired. */
        private Runnable await() {
            long start = System.nanoTime();
            Runnable task;
            long spinUntil = busy ? start + spinNanos : start;
            while ((task = slot.get()) == null && System.nanoTime() - spinUntil < 0) {
                Thread.yield(); // not onSpinWait: on 2 cores a pure spin starved the renderer and CEF (BENCHMARKS.md)
            }
            while (task == null) {
                long left = KEEP_ALIVE_NANOS - (System.nanoTime() - start);
                if (left <= 0 && slot.compareAndSet(null, RETIRED)) {
                    idle.remove(this);
                    return null;
                }
                LockSupport.parkNanos(this, Math.max(left, 1));
                task = slot.get();
            }
            slot.set(null);
            busy = System.nanoTime() - start < spinNanos;
            return task;
        }
    }
}
