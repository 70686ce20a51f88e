package cefshell.internal.ports;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import cefshell.MessagePortMain;
import cefshell.internal.ipc.PortLink;

/**
 * The one lock over every port and the registry of page ports by id. One lock keeps a move (neuter here, entangle
 * there, hand over what was queued) atomic against messages arriving on either side; nothing slow runs under it
 * (pushes to pages only queue).
 */
public final class PortGraph {
    static final Object LOCK = new Object();
    static final System.Logger LOG = System.getLogger("cefshell.ports");
    static final Cleaner CLEANER = Cleaner.create();
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Listeners of Java ports; each port drains its queue on one of these, one item at a time. */
    static final ExecutorService EVENTS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cefshell-port-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private static final Map<String, PageEnd> PAGE_ENDS = new HashMap<>();

    private PortGraph() {
    }

    /** A new {@code MessageChannelMain}'s two ends. */
    public static MessagePortMain[] newChannel() {
        PortCore a = new PortCore();
        PortCore b = new PortCore();
        synchronized (LOCK) {
            entangle(a, b);
        }
        return new MessagePortMain[] {new PortHandle(a), new PortHandle(b)};
    }

    static void entangle(Node a, Node b) {
        a.peer = b;
        b.peer = a;
    }

    /** The Java end that replaces a moved port at a Java receiver. Under the lock. */
    static MessagePortMain javaEnd(Transfer t) {
        PortCore c = new PortCore();
        if (t.peer() != null) {
            entangle(c, t.peer());
        }
        c.enqueueAll(t.pending());
        return new PortHandle(c);
    }

    /** The page end that replaces a moved port in a page's frame (its pending items are replayed by the caller). */
    static PageEnd pageEnd(Transfer t, PortLink link, String frameId) {
        PageEnd end = new PageEnd(PortIds.next(), link, frameId, null);
        register(end);
        if (t.peer() != null) {
            entangle(end, t.peer());
        }
        return end;
    }

    static void register(PageEnd end) {
        if (PAGE_ENDS.putIfAbsent(end.id, end) != null) {
            throw new IllegalArgumentException("port id already in use");
        }
    }

    static PageEnd pageEnd(String id) {
        return PAGE_ENDS.get(id);
    }

    static void forget(PageEnd end) {
        PAGE_ENDS.remove(end.id, end);
    }

    static List<PageEnd> pageEndsOf(PortLink link) {
        List<PageEnd> out = new ArrayList<>();
        for (PageEnd e : PAGE_ENDS.values()) {
            if (e.link == link) {
                out.add(e);
            }
        }
        return out;
    }
}
