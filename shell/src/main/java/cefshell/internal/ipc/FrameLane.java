package cefshell.internal.ipc;

import java.util.ArrayDeque;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A document's ordered inbox: its messages reach user code one at a time, in the order the page sent them, whatever
 * transport each came by. Arrivals are parsed here (off the CEF threads), held back while an earlier sequence number
 * is missing, and handed on message by message. A gap that never fills (a request lost with its page) is skipped after
 * {@value #GAP_TIMEOUT_SECONDS} s rather than stalling the document forever.
 *
 * <p>One thread at a time owns the lane and delivers. A handler that must wait for its own page (it called
 * {@code executeJavaScript}, whose script may {@code sendSync} into this very lane) gives the lane up with
 * {@link #yieldCurrent()}: the next messages are then delivered on another thread while that handler still runs, as
 * Electron goes on with the next message while an async handler awaits. Without it that wait would be a deadlock.
 */
final class FrameLane {
    static final long GAP_TIMEOUT_SECONDS = 10;
    /** A legitimate page never has more messages in flight than this; a larger jump is forged. */
    static final long MAX_SEQUENCE_JUMP = 1_000_000;

    /** One request as it arrived, not yet parsed. */
    interface Arrival {
        Envelope parse();

        /** Told when the request is malformed or can no longer be delivered; no message of it reaches user code. */
        void refuse(Refusal refusal);

        /** Delivers one message of the request (index of count), in order. */
        void deliver(IncomingMessage message, int index, int count);
    }

    private static final ThreadLocal<FrameLane> OWNED = new ThreadLocal<>();
    private static final Object SKIP_GAP = new Object();

    private final Executor threads;
    private final ScheduledExecutorService timer;
    private final long gapTimeoutMillis;
    private final Consumer<String> log;
    private final ArrayDeque<Object> inbox = new ArrayDeque<>();      // Arrivals and SKIP_GAP, as they came
    private final ArrayDeque<Ready> ready = new ArrayDeque<>();       // in-order messages waiting for delivery
    private final TreeMap<Long, Pending> waiting = new TreeMap<>();   // parsed, behind a missing sequence number
    private Thread owner;
    private long nextSeq = 1;
    private ScheduledFuture<?> gapTimer;
    private Refusal closed;
    private volatile long lastUsed = System.nanoTime();

    private record Pending(Envelope envelope, Arrival arrival) { }

    private record Ready(Arrival arrival, IncomingMessage message, int index, int count) { }

    /**
     * @param threads where messages are delivered (user code runs there)
     * @param timer   arms the gap timeout
     */
    FrameLane(Executor threads, ScheduledExecutorService timer, long gapTimeoutMillis, Consumer<String> log) {
        this.threads = threads;
        this.timer = timer;
        this.gapTimeoutMillis = gapTimeoutMillis;
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
        return inbox.isEmpty() && ready.isEmpty() && owner == null && waiting.isEmpty();
    }

    /** Called from a transport's thread; returns at once. */
    void arrive(Arrival a) {
        enqueue(a);
    }

    /**
     * The document is gone (its renderer died): what is queued is refused, not delivered, and so is whatever comes
     * later. A handler running now finishes.
     */
    void close(Refusal why) {
        java.util.List<Arrival> dropped = new java.util.ArrayList<>();
        synchronized (this) {
            if (closed != null) {
                return;
            }
            closed = why;
            for (Object o : inbox) {
                if (o instanceof Arrival a) {
                    dropped.add(a);
                }
            }
            inbox.clear();
            ready.forEach(r -> dropped.add(r.arrival()));
            ready.clear();
            waiting.values().forEach(p -> dropped.add(p.arrival()));
            waiting.clear();
            if (gapTimer != null) {
                gapTimer.cancel(false);
            }
        }
        dropped.stream().distinct().forEach(a -> a.refuse(why));
    }

    /**
     * Lets the lane owned by the calling thread go on without it (see the class comment). No effect on a thread that
     * owns no lane.
     */
    static void yieldCurrent() {
        FrameLane lane = OWNED.get();
        if (lane != null) {
            lane.release();
        }
    }

    private void release() {
        boolean restart;
        synchronized (this) {
            if (owner != Thread.currentThread()) {
                return;
            }
            OWNED.remove();
            owner = null;
            restart = !inbox.isEmpty() || !ready.isEmpty();
            if (restart) {
                owner = PENDING_OWNER;
            }
        }
        if (restart) {
            threads.execute(this::drain);
        }
    }

    /** Marks the lane as owned by a drain that has been scheduled but has not started yet. */
    private static final Thread PENDING_OWNER = new Thread("cefshell-lane-pending");

    private void enqueue(Object item) {
        Refusal refusedNow = null;
        synchronized (this) {
            if (closed != null) {
                refusedNow = closed;
            } else {
                inbox.add(item);
                if (owner != null) {
                    return;
                }
                owner = PENDING_OWNER;
            }
        }
        if (refusedNow != null) {
            if (item instanceof Arrival a) {
                a.refuse(refusedNow);
            }
            return;
        }
        threads.execute(this::drain);
    }

    private void drain() {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (owner != PENDING_OWNER) {
                return;
            }
            owner = me;
        }
        OWNED.set(this);
        try {
            while (true) {
                Object item;
                synchronized (this) {
                    if (owner != me) {
                        return; // yielded while a handler ran: another thread goes on
                    }
                    item = ready.poll();
                    if (item == null) {
                        item = inbox.poll();
                    }
                    if (item == null) {
                        owner = null;
                        return;
                    }
                }
                try {
                    if (item instanceof Ready r) {
                        r.arrival().deliver(r.message(), r.index(), r.count());
                    } else if (item == SKIP_GAP) {
                        skipGap();
                    } else {
                        accept((Arrival) item);
                    }
                } catch (RuntimeException e) {
                    log.accept("IPC delivery failed: " + e);
                }
            }
        } finally {
            if (OWNED.get() == this) {
                OWNED.remove();
            }
        }
    }

    private void accept(Arrival a) {
        Envelope env;
        try {
            env = a.parse();
        } catch (MalformedMessageException e) { // whatever the page sent, it is answered and goes no further
            a.refuse(Refusal.malformed(e.getMessage()));
            return;
        }
        String problem = null;
        synchronized (this) {
            if (env.firstSeq() < nextSeq || waiting.containsKey(env.firstSeq())) {
                problem = "sequence number " + env.firstSeq() + " already used";
            } else if (env.firstSeq() - nextSeq > MAX_SEQUENCE_JUMP) {
                problem = "sequence number " + env.firstSeq() + " out of range";
            } else {
                waiting.put(env.firstSeq(), new Pending(env, a));
                moveReady();
            }
        }
        if (problem != null) {
            a.refuse(Refusal.malformed(problem));
        }
    }

    /** Moves every envelope whose turn has come into {@link #ready}; arms the gap timer if one is still missing. */
    private void moveReady() {
        Pending p;
        while ((p = waiting.remove(nextSeq)) != null) {
            int count = p.envelope().messages().size();
            nextSeq += count;
            for (int i = 0; i < count; i++) {
                ready.add(new Ready(p.arrival(), p.envelope().messages().get(i), i, count));
            }
        }
        if (gapTimer != null) {
            gapTimer.cancel(false);
            gapTimer = null;
        }
        if (!waiting.isEmpty()) {
            gapTimer = timer.schedule(() -> enqueue(SKIP_GAP), gapTimeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void skipGap() {
        synchronized (this) {
            if (waiting.isEmpty()) {
                return;
            }
            long first = waiting.firstKey();
            log.accept("IPC messages " + nextSeq + ".." + (first - 1) + " never arrived; continuing without them");
            nextSeq = first;
            moveReady();
        }
    }
}
