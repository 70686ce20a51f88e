package cefshell.internal.ports;

import java.util.ArrayList;
import java.util.List;

import cefshell.internal.ipc.PortLink;

/**
 * A port that lives in a page: the bridge there holds the real {@code MessagePort} under {@link #id}. What its peer
 * sends is pushed to the page; what the page's port receives arrives through {@link PortHub#message}. Bound to one
 * page and frame, and to the first document that uses it ({@link #docId}; null until then for ports Java made).
 */
final class PageEnd extends Node {
    final String id;
    final PortLink link;
    final String frameId;
    volatile String docId; // read outside the lock by PortHub.documentStarted
    private boolean closed;

    PageEnd(String id, PortLink link, String frameId, String docId) {
        this.id = id;
        this.link = link;
        this.frameId = frameId;
        this.docId = docId;
    }

    @Override
    void receive(PortMessage message) {
        if (closed) {
            message.discard();
            return;
        }
        cefshell.internal.codec.EncodedMessage args;
        try {
            args = message.argsForPage();
        } catch (RuntimeException e) {
            PortGraph.LOG.log(System.Logger.Level.WARNING,
                    "a port message could not be encoded for the page: " + e.getMessage());
            message.discard();
            return;
        }
        List<PageEnd> ends = new ArrayList<>(message.transfers.size());
        List<String> ids = new ArrayList<>(message.transfers.size());
        for (Transfer t : message.transfers) {
            PageEnd end = PortGraph.pageEnd(t, link, frameId);
            ends.add(end);
            ids.add(end.id);
        }
        link.pushPortMessage(frameId, id, args.json(), args.blobs(), ids);
        for (int i = 0; i < ends.size(); i++) {
            ends.get(i).replay(message.transfers.get(i).pending());
        }
    }

    @Override
    void peerClosed() {
        peer = null;
        if (!closed) {
            closed = true;
            PortGraph.forget(this);
            link.pushPortClose(frameId, id);
        }
    }

    /** The page's port is gone (closed, collected, or its document is): the peer hears of it. */
    void goneInPage() {
        if (closed) {
            return;
        }
        closed = true;
        PortGraph.forget(this);
        Node p = peer;
        peer = null;
        if (p != null) {
            p.peerClosed();
        }
    }

    /** Sends what a moved Java port had not delivered yet, after the page has been told about this port. */
    void replay(List<Object> pending) {
        for (Object item : pending) {
            if (item == PortCore.CLOSE) {
                peerClosed();
            } else {
                receive(((Incoming) item).forward());
            }
        }
    }
}
