package cefshell.internal.ipc.transport.socket;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import cefshell.internal.ipc.FrameRef;
import cefshell.internal.ipc.Inbound;
import cefshell.internal.ipc.PageIpc;
import cefshell.internal.ipc.SocketTickets;
import cefshell.internal.ipc.transport.ReplyParts;

/**
 * The large-payload transport: a loopback WebSocket per document, for what would otherwise be POSTed to the app
 * scheme and fetched back in 64 KiB resource reads. Requests go through the same intake ({@link Inbound}) as every
 * other transport, in the same envelopes with the same sequence numbers, so a document's order holds across all.
 *
 * <p>A document asks for a ticket over cefQuery; this binds the server (on first use) and answers
 * {@code {port, token, max}}. The system property {@code cefshell.ipcSocket=off} withholds tickets (pages then keep
 * using the app scheme), for a host where loopback sockets are blocked.
 */
public final class SocketTransport implements SocketTickets {
    /** No request over the socket may be larger; the page sends larger ones over the app scheme. */
    public static final long MAX_MESSAGE_BYTES = 256L << 20;

    private final SocketServer server;
    private volatile boolean bindFailed;

    public SocketTransport(Inbound inbound, ReplyParts parts) {
        this.server = new SocketServer(inbound, parts, MAX_MESSAGE_BYTES);
    }

    @Override
    public Object issue(PageIpc page, FrameRef frame, String docId, String nonce) {
        if (bindFailed || "off".equals(System.getProperty("cefshell.ipcSocket"))) {
            return null;
        }
        int port;
        try {
            port = server.port();
        } catch (IOException | RuntimeException e) {
            bindFailed = true;
            System.getLogger("cefshell.ipc").log(System.Logger.Level.WARNING,
                    "cannot open the IPC socket on 127.0.0.1 (" + e + "): large messages use the app scheme");
            return null;
        }
        Map<String, Object> ticket = new LinkedHashMap<>();
        ticket.put("port", port);
        ticket.put("token", server.tickets.issue(page, frame, docId, nonce));
        ticket.put("max", MAX_MESSAGE_BYTES);
        return ticket;
    }
}
