package cefshell.internal.ports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cefshell.MessagePortMain;
import cefshell.internal.ipc.PortLink;
import cefshell.internal.ipc.PortRelay;

/** The IPC core's view of the ports: page traffic in, page pushes out, documents and pages going away. */
public final class PortHub implements PortRelay {
    /** How long a port sent to a frame may stay unclaimed after a new document started there (tests shorten it). */
    static volatile long unboundGraceMillis = 2000;
    /**
     * How long the ports of a document that was replaced stay open for its last messages: an unloading document
     * posts from its pagehide and unload handlers as keepalive POSTs, which may arrive after its successor said hello;
     * its bridge then reports its ports closed, after those messages, which closes them sooner.
     */
    static volatile long unloadGraceMillis = 2000;
    /** Refused port messages per page (under the graph's lock): logged at the 1st, 10th, 100th... */
    private static final java.util.Map<PortLink, long[]> REFUSALS = new java.util.WeakHashMap<>();

    @Override
    public List<MessagePortMain> adopt(PortLink page, String frameId, String docId, List<String> portIds) {
        synchronized (PortGraph.LOCK) {
            requireUnused(portIds);
            List<MessagePortMain> ports = new ArrayList<>(portIds.size());
            for (String id : portIds) {
                PageEnd end = new PageEnd(id, page, frameId, docId);
                PortGraph.register(end);
                ports.add(PortGraph.javaEnd(new Transfer(end, List.of())));
            }
            return ports;
        }
    }

    @Override
    public void message(PortLink page, String frameId, String docId, String portId, Object data, List<String> portIds) {
        PortCore.runInline(() -> {
            if (!unused(portIds)) {
                PortGraph.LOG.log(System.Logger.Level.WARNING, "refused a port message naming a port id already in use"
                        + " (WebContents #" + page.pageId() + ")");
                return;
            }
            List<Transfer> moved = new ArrayList<>(portIds.size());
            for (String id : portIds) {
                PageEnd end = new PageEnd(id, page, frameId, docId);
                PortGraph.register(end);
                moved.add(new Transfer(end, List.of()));
            }
            PageEnd from = bound(page, frameId, docId, portId);
            PortMessage m = PortMessage.decoded(data, moved);
            if (from == null || from.peer == null) {
                m.discard(); // the new page ports are told to close
                return;
            }
            from.peer.receive(m);
        });
    }

    @Override
    public void bind(PortLink page, String frameId, String docId, String portId) {
        synchronized (PortGraph.LOCK) {
            bound(page, frameId, docId, portId);
        }
    }

    @Override
    public void closed(PortLink page, String frameId, String docId, String portId) {
        synchronized (PortGraph.LOCK) {
            PageEnd end = bound(page, frameId, docId, portId);
            if (end != null) {
                end.goneInPage();
            }
        }
    }

    @Override
    public void documentStarted(PortLink page, String frameId, String docId) {
        List<PageEnd> candidates;
        synchronized (PortGraph.LOCK) {
            candidates = PortGraph.pageEndsOf(page);
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<PageEnd> gone = new ArrayList<>();
        List<PageEnd> unbound = new ArrayList<>();
        for (PageEnd e : candidates) { // liveness asks CEF: outside the lock
            boolean replaced = e.frameId.equals(frameId) && e.docId != null && !e.docId.equals(docId);
            if (replaced || !page.frameLive(e.frameId)) {
                gone.add(e);
            } else if (e.frameId.equals(frameId) && e.docId == null) {
                unbound.add(e);
            }
        }
        if (!gone.isEmpty()) {
            CompletableFuture.delayedExecutor(unloadGraceMillis, TimeUnit.MILLISECONDS).execute(() -> {
                synchronized (PortGraph.LOCK) {
                    gone.forEach(PageEnd::goneInPage);
                }
            });
        }
        if (!unbound.isEmpty()) {
            // Ports Java sent to this frame that no document has said it holds (PORT_BIND) yet: the one that got
            // them says so within milliseconds; if none has after the grace time, they went to a document that is gone.
            CompletableFuture.delayedExecutor(unboundGraceMillis, TimeUnit.MILLISECONDS).execute(() -> {
                synchronized (PortGraph.LOCK) {
                    for (PageEnd e : unbound) {
                        if (e.docId == null) {
                            e.goneInPage();
                        }
                    }
                }
            });
        }
    }

    @Override
    public void pageGone(PortLink page) {
        synchronized (PortGraph.LOCK) {
            PortGraph.pageEndsOf(page).forEach(PageEnd::goneInPage);
        }
    }

    @Override
    public void postToPage(PortLink page, String frameId, String channel, String argsJson, List<byte[]> blobs,
                           List<? extends MessagePortMain> transfer) {
        if (transfer == null) {
            throw new IllegalArgumentException("Invalid value for transfer");
        }
        for (Object p : (List<?>) transfer) { // as objects: a list filled through raw types may hold anything
            if (!(p instanceof PortHandle)) { // gin cannot convert the list: Electron's text
                throw new IllegalArgumentException("Invalid value for transfer");
            }
        }
        synchronized (PortGraph.LOCK) {
            List<Transfer> moved = Transfers.take(transfer);
            List<PageEnd> ends = new ArrayList<>(moved.size());
            List<String> ids = new ArrayList<>(moved.size());
            for (Transfer t : moved) {
                PageEnd end = PortGraph.pageEnd(t, page, frameId);
                ends.add(end);
                ids.add(end.id);
            }
            page.pushPost(frameId, channel, argsJson, blobs, ids);
            for (int i = 0; i < ends.size(); i++) {
                ends.get(i).replay(moved.get(i).pending());
            }
        }
    }

    /**
     * The page port {@code portId} if the message comes from where it lives: its page and frame, and its document
     * (a port Java made is bound to the first document that uses it). Anything else is ignored and logged.
     */
    private static PageEnd bound(PortLink page, String frameId, String docId, String portId) {
        PageEnd end = PortGraph.pageEnd(portId);
        if (end == null) {
            return null; // closed meanwhile: a message racing the close
        }
        if (end.link != page || !end.frameId.equals(frameId) || end.docId != null && !end.docId.equals(docId)) {
            long n = ++REFUSALS.computeIfAbsent(page, p -> new long[1])[0];
            if (isPowerOfTen(n)) { // a page sending these on purpose must not flood the log
                PortGraph.LOG.log(System.Logger.Level.WARNING, "refused a message for a MessagePort of another"
                        + " frame or document (WebContents #" + page.pageId() + ", " + n + " so far)");
            }
            return null;
        }
        if (end.docId == null) {
            end.docId = docId;
        }
        return end;
    }

    private static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }

    private static void requireUnused(List<String> ids) {
        if (!unused(ids)) {
            throw new IllegalArgumentException("port id already in use");
        }
    }

    private static boolean unused(List<String> ids) {
        for (String id : ids) {
            if (PortGraph.pageEnd(id) != null) {
                return false;
            }
        }
        return true;
    }
}
