package cefshell.internal.ports;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import cefshell.MessagePortMain;

/**
 * The state of one Java port, apart from its public handle so that an unstarted port nobody references can be
 * collected (Electron: a port is pinned only while started and entangled). States: open (queueing until started),
 * started, closed, neutered (moved away). Messages and the close event of a peer wait in {@link #queue} and are
 * delivered in order once started; the port's own {@code close()} is emitted at once. Guarded by
 * {@link PortGraph#LOCK}, except where noted.
 */
final class PortCore extends Node {
    /** In the queue: the peer closed; delivered after the messages before it. */
    static final Object CLOSE = new Object();

    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    /** The handle, weakly: the user's reference keeps it alive unless it is started ({@link #pin}). */
    WeakReference<PortHandle> handle = new WeakReference<>(null);
    private PortHandle pin;
    private boolean started;
    private boolean closed;
    private boolean neutered;
    private boolean draining;
    private boolean warned;
    private static final int QUEUE_WARNING = 10_000;

    boolean entangled() {
        return !closed && !neutered && peer != null;
    }

    /** Closed or moved: unusable here. */
    boolean neutered() {
        return closed || neutered;
    }

    @Override
    void receive(PortMessage message) {
        if (closed || neutered) {
            message.discard();
            return;
        }
        List<MessagePortMain> ports = new ArrayList<>(message.transfers.size());
        for (Transfer t : message.transfers) {
            ports.add(PortGraph.javaEnd(t));
        }
        queue.add(new Incoming(message, ports));
        if (started) {
            scheduleDrain();
        } else if (queue.size() == QUEUE_WARNING && !warned) { // Electron queues without limit too; say so once
            warned = true;
            PortGraph.LOG.log(System.Logger.Level.WARNING, QUEUE_WARNING
                    + " messages wait in a MessagePortMain that was never started (call start() to receive them)");
        }
    }

    @Override
    void peerClosed() {
        peer = null;
        if (closed || neutered) {
            return;
        }
        queue.add(CLOSE);
        if (started) {
            scheduleDrain();
        }
    }

    /** Queued items a new end starts with (used while building a channel's end from a transfer). */
    void enqueueAll(List<Object> pending) {
        queue.addAll(pending);
    }

    void start(PortHandle h) {
        if (closed || neutered || started) {
            return;
        }
        started = true;
        pin = h;
        if (!queue.isEmpty()) {
            scheduleDrain();
        }
    }

    void close(PortHandle h) {
        if (closed || neutered) {
            return;
        }
        closed = true;
        queue.clear();
        Node p = peer;
        peer = null;
        if (p != null) {
            p.peerClosed();
        }
        pin = h; // until its close event has been emitted
        queue.add(CLOSE);
        scheduleDrain();
    }

    /** The handle was garbage-collected while not started: close without events (nobody can hear them). */
    void collected() {
        synchronized (PortGraph.LOCK) {
            if (closed || neutered) {
                return;
            }
            closed = true;
            queue.clear();
            Node p = peer;
            peer = null;
            if (p != null) {
                p.peerClosed();
            }
        }
    }

    /** Moves this end away (transfer): what it had not delivered goes with it; the peer is re-entangled later. */
    Transfer neuter() {
        Transfer t = new Transfer(peer, new ArrayList<>(queue));
        queue.clear();
        peer = null;
        neutered = true;
        pin = null;
        return t;
    }

    private void scheduleDrain() {
        if (!draining) {
            draining = true;
            List<PortCore> inline = INLINE.get();
            if (inline != null) {
                inline.add(this);
            } else {
                PortGraph.EVENTS.execute(this::drain);
            }
        }
    }

    /**
     * Set while a page's port message is handed over on its document's IPC thread: ports it wakes drain right
     * there once the lock is released ({@link #runInline}), one thread hop fewer, as ipcMain listeners run there too.
     */
    private static final ThreadLocal<List<PortCore>> INLINE = new ThreadLocal<>();

    /** Runs {@code underLock} holding the graph's lock, then the listeners of the ports it woke, on this thread. */
    static void runInline(Runnable underLock) {
        List<PortCore> woken = new ArrayList<>(1);
        INLINE.set(woken);
        try {
            synchronized (PortGraph.LOCK) {
                underLock.run();
            }
        } finally {
            INLINE.remove();
        }
        for (PortCore c : woken) {
            c.drain();
        }
    }

    /** On a port thread (or inline, see {@link #runInline}), outside the lock for the listeners: in order. */
    private void drain() {
        while (true) {
            Object item;
            PortHandle h;
            synchronized (PortGraph.LOCK) {
                item = queue.peek();
                if (item == null || item != CLOSE && (!started || neutered)) {
                    draining = false;
                    return;
                }
                queue.poll();
                h = pin != null ? pin : handle.get();
                if (item == CLOSE) {
                    closed = true;
                    pin = null;
                }
            }
            if (h != null) {
                if (item == CLOSE) {
                    h.emitClose();
                } else {
                    h.emitMessage((Incoming) item);
                }
            }
        }
    }
}
