package cefshell.internal.ipc;

import java.util.ArrayDeque;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The messages of one document, delivered one at a time in the order the page sent them, whatever transport each
 * came by. Arrivals are parsed here (off the CEF threads), held back while an earlier sequence number is missing, and
 * handed on in order. A gap that never fills (a request lost with its page) is skipped after
 * {@value #GAP_TIMEOUT_SECONDS} s rather than stalling the document forever.
 */
final class FrameLane {
    static final long GAP_TIMEOUT_SECONDS = 10;

    /** One request as it arrived, not yet parsed. */
    interface Arrival {
        Envelope parse();

        /** Told when the request is malformed; no message of it reaches user code. */
        void refuse(String reason);

        /** Delivers one message of the request (index of count), in order. */
        void deliver(IncomingMessage message, int index, int count);
    }

    private static final Object SKIP_GAP = new Object();

    private final ArrayDeque<Object> inbox = new ArrayDeque<>();
    private final TreeMap<Long, Pending> waiting = new TreeMap<>();
    private final Consumer<String> log;
    private boolean draining;
    private long nextSeq = 1;
    private ScheduledFuture<?> gapTimer;
    private volatile long lastUsed = System.nanoTime();

    private record Pending(Envelope envelope, Arrival arrival) { }

    FrameLane(Consumer<String> log) {
        this.log = log;
    }

    void touch() {
        lastUsed = System.nanoTime();
    }

    long lastUsed() {
        return lastUsed;
    }

    /** Nothing queued, nothing held back: dropping the lane loses nothing. */
    synchronized boolean isIdle() {
        return inbox.isEmpty() && !draining && waiting.isEmpty();
    }

    /** Called from a transport's thread; returns at once. */
    void arrive(Arrival a) {
        enqueue(a);
    }

    private void enqueue(Object item) {
        synchronized (this) {
            inbox.add(item);
            if (draining) {
                return;
            }
            draining = true;
        }
        IpcThreads.HANDLERS.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Object item;
            synchronized (this) {
                item = inbox.poll();
                if (item == null) {
                    draining = false;
                    return;
                }
            }
            try {
                if (item == SKIP_GAP) {
                    skipGap();
                } else {
                    accept((Arrival) item);
                }
            } catch (RuntimeException e) {
                log.accept("IPC delivery failed: " + e);
            }
        }
    }

    private void accept(Arrival a) {
        Envelope env;
        try {
            env = a.parse();
        } catch (RuntimeException e) { // whatever the page sent, it is answered and goes no further
            log.accept("refused a malformed IPC message: " + e.getMessage());
            a.refuse(e.getMessage());
            return;
        }
        if (env.firstSeq() < nextSeq || waiting.containsKey(env.firstSeq())) {
            log.accept("refused an IPC message reusing sequence number " + env.firstSeq());
            a.refuse("sequence number already used");
            return;
        }
        waiting.put(env.firstSeq(), new Pending(env, a));
        deliverReady();
    }

    private void deliverReady() {
        Pending p;
        while ((p = waiting.remove(nextSeq)) != null) {
            int count = p.envelope().messages().size();
            nextSeq += count;
            for (int i = 0; i < count; i++) {
                p.arrival().deliver(p.envelope().messages().get(i), i, count);
            }
        }
        if (gapTimer != null) {
            gapTimer.cancel(false);
            gapTimer = null;
        }
        if (!waiting.isEmpty()) {
            gapTimer = IpcThreads.TIMER.schedule(() -> enqueue(SKIP_GAP), GAP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void skipGap() {
        if (waiting.isEmpty()) {
            return;
        }
        long first = waiting.firstKey();
        log.accept("IPC messages " + nextSeq + ".." + (first - 1) + " never arrived; continuing without them");
        nextSeq = first;
        deliverReady();
    }
}
