package cefshell.internal.ipc.transport.socket;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cefshell.internal.ipc.Responder;

/**
 * One connection, on its own thread: the handshake and its checks, the server's proof, then the document's requests
 * until either side closes or the document goes.
 *
 * <p>Checks, all before the handshake is answered: the path carries a ticket that is known, unused and unexpired
 * (it is used up by being presented); {@code Host} is exactly {@code 127.0.0.1:<port>} (DNS rebinding); {@code Origin}
 * is exactly the origin of the frame the ticket was issued to. Anything else is answered 400 or 403, closed, and
 * logged with the intake's refusals; no request of it reaches {@link cefshell.internal.ipc.Inbound}.
 *
 * <p>The server's proof, its first message: {@code h} and HMAC-SHA256(key: the ticket's 16 bytes, data: the page's
 * 16-byte nonce) in hex. The nonce went to Java over cefQuery only, so a process that took the port over cannot
 * compute it; the page sends nothing before it has checked it.
 *
 * <p>Messages (text unless said): page to Java {@code q<id>:<frame header>} and then one binary message per blob
 * (a binary frame's parts, docs/wire-format.md), or {@code p<id>:<token>} for a parked large reply's blobs; Java to
 * page {@code r<id>:<reply frame header>} and its blobs for an invoke or a {@code p}, {@code x<id>:<text>} when a
 * request was refused (nothing of it delivered). A send that was taken is not answered.
 */
final class SocketConnection {
    private static final int HANDSHAKE_TIMEOUT_MILLIS = 5000;
    private static final int BUFFER = 64 * 1024;

    private final Socket socket;
    private final SocketServer server;
    private final ReentrantLock writing = new ReentrantLock();
    private WsWriter writer;
    private volatile boolean closed;
    private Tickets.Ticket ticket;

    SocketConnection(Socket socket, SocketServer server) {
        this.socket = socket;
        this.server = server;
    }

    void run() {
        Runnable unbind = () -> { };
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
            InputStream in = new BufferedInputStream(socket.getInputStream(), BUFFER);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
            Handshake.Request request;
            try {
                request = Handshake.read(in);
            } catch (IOException e) {
                refuse(out, 400, null, "malformed handshake (" + e.getMessage() + ")");
                return;
            }
            String why = check(request);
            if (why != null) {
                refuse(out, 403, request.header("origin"), why);
                return;
            }
            out.write(Handshake.switching(request.header("sec-websocket-key")));
            writer = new WsWriter(out);
            send("h" + proof(ticket), List.of());
            socket.setSoTimeout(0); // from now on the thread waits for the page, however long it is quiet
            // may be called on one of CEF's threads (the renderer is gone): only closes, never writes (a write may block)
            unbind = ticket.page().closeWithDocument(ticket.frame().frameId(), ticket.docId(), this::drop);
            serve(new WsReader(in, server.maxMessageBytes, this::pong));
        } catch (WsProtocolException e) {
            server.inbound.refusedConnection(ticket.page(), ticket.frame(), ticket.origin(), e.getMessage());
            close(e.code(), e.getMessage());
        } catch (IOException e) {
            // the page went away, or we closed the socket because its document did
        } finally {
            unbind.run();
            closed = true;
            SocketServer.closeQuietly(socket);
        }
    }

    /** Null if the handshake may be answered; else why not. Sets {@link #ticket} when the path names one. */
    private String check(Handshake.Request request) {
        String target = request.target();
        String token = target.startsWith("/?t=") ? target.substring(4) : null;
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return "no ticket";
        }
        ticket = server.tickets.take(token); // used up, whatever follows
        if (ticket == null) {
            return "unknown, used or expired ticket";
        }
        if (!request.isUpgrade()) {
            return "not a WebSocket upgrade";
        }
        if (!("127.0.0.1:" + socket.getLocalPort()).equals(request.header("host"))) {
            return "wrong Host '" + request.header("host") + "'";
        }
        if (!ticket.origin().equals(request.header("origin"))) {
            return "wrong Origin '" + request.header("origin") + "' for a ticket of " + ticket.origin();
        }
        if (!ticket.page().trusts(ticket.origin())) {
            return "origin no longer trusted";
        }
        return null;
    }

    private void refuse(OutputStream out, int status, String origin, String why) throws IOException {
        server.inbound.refusedConnection(ticket == null ? null : ticket.page(), ticket == null ? null : ticket.frame(),
                origin, why);
        out.write(Handshake.refused(status));
        out.flush();
    }

    static String proof(Tickets.Ticket ticket) {
        return proof(ticket.token(), ticket.nonce());
    }

    /** HMAC-SHA256 of the nonce's bytes keyed with the token's bytes, in lowercase hex (both are 32 hex digits). */
    static String proof(String token, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(token), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(HexFormat.of().parseHex(nonce)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    private void serve(WsReader reader) throws IOException {
        while (true) {
            WsReader.Message m = reader.nextText();
            if (m.isClose()) {
                close(WsFrames.CLOSE_NORMAL, "");
                return;
            }
            String text = m.text();
            int colon = text.indexOf(':');
            long id = colon < 2 ? -1 : id(text, colon);
            if (id < 0) {
                throw new WsProtocolException(WsFrames.CLOSE_POLICY, "not a cefshell socket message");
            }
            if (text.charAt(0) == 'q') {
                request(id, text.substring(colon + 1), reader);
            } else if (text.charAt(0) == 'p' && id > 0) {
                List<byte[]> blobs = server.parts.takeAll(text.substring(colon + 1));
                if (blobs == null) {
                    send("x" + id + ":reply part expired", List.of());
                } else {
                    send("r" + id + ":" + cefshell.internal.ipc.Replies.frameHeader(null, blobs), blobs);
                }
            } else {
                throw new WsProtocolException(WsFrames.CLOSE_POLICY, "not a cefshell socket message");
            }
        }
    }

    /** A frame: its header, then exactly the blobs it lists, each a binary message; then on to the intake. */
    private void request(long id, String header, WsReader reader) throws IOException {
        long[] lengths = BlobLengths.of(header);
        if (lengths == null) {
            throw new WsProtocolException(WsFrames.CLOSE_POLICY, "not a cefshell frame header");
        }
        long total = header.length();
        for (long n : lengths) {
            total += n;
        }
        if (total > server.maxMessageBytes) {
            throw new WsProtocolException(WsFrames.CLOSE_TOO_BIG, "IPC request of " + total
                    + " bytes is larger than the socket's limit of " + server.maxMessageBytes + " bytes");
        }
        List<byte[]> blobs = new ArrayList<>(lengths.length);
        for (long n : lengths) {
            WsReader.Message blob = reader.nextBinary((int) n);
            if (blob.isClose()) {
                throw new java.io.EOFException("closed inside a request");
            }
            blobs.add(blob.bytes());
        }
        server.inbound.acceptSocket(ticket.page(), ticket.frame(), ticket.docId(), header, blobs, new Answer(id));
    }

    /** The digits between the first character and the colon: a plain number below 2^53, else -1. */
    private static long id(String text, int colon) {
        if (colon > 16) {
            return -1;
        }
        long id = 0;
        for (int i = 1; i < colon; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || (i == 1 && c == '0' && colon > 2)) {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }

    private void pong(byte[] payload) throws IOException {
        writing.lock();
        try {
            writer.pong(payload);
            writer.flush();
        } finally {
            writing.unlock();
        }
    }

    /** Writes one text message and its blobs together; a failed write closes the connection. */
    void send(String text, List<byte[]> blobs) {
        writing.lock();
        try {
            if (closed) {
                return;
            }
            writer.text(text);
            for (byte[] b : blobs) {
                writer.binary(b);
            }
            writer.flush();
        } catch (IOException e) {
            closed = true;
            SocketServer.closeQuietly(socket);
        } finally {
            writing.unlock();
        }
    }

    /** Ends the connection at once, without a close frame: its document is gone. Never blocks. */
    private void drop() {
        closed = true;
        SocketServer.closeQuietly(socket);
    }

    /** Sends a close frame unless a reply is being written (then the socket just closes), and closes. */
    void close(int code, String reason) {
        if (writer != null && writing.tryLock()) {
            try {
                if (!closed) {
                    writer.close(code, reason);
                    writer.flush();
                }
            } catch (IOException e) {
                // closing anyway
            } finally {
                writing.unlock();
            }
        }
        closed = true;
        SocketServer.closeQuietly(socket);
    }

    /** Answers one request over this connection. */
    private final class Answer implements Responder {
        private final long id;

        Answer(long id) {
            this.id = id;
        }

        @Override
        public void value(Object value) {
            cefshell.internal.codec.EncodedMessage encoded;
            try {
                encoded = cefshell.internal.codec.ValueEncoder.encode(value, true);
            } catch (RuntimeException e) {
                error("Error: " + e.getMessage());
                return;
            }
            List<byte[]> blobs = encoded.blobs();
            send("r" + id + ":" + cefshell.internal.ipc.Replies.frameHeader(
                    cefshell.internal.ipc.Replies.frameValue(encoded.json(), null), blobs), blobs);
        }

        @Override
        public void error(String errorText) {
            send("r" + id + ":" + cefshell.internal.ipc.Replies.frameHeader(
                    cefshell.internal.ipc.Replies.frameError(errorText), List.of()), List.of());
        }

        @Override
        public void accepted() {
            // a send: nothing to answer (an invoke is always answered with a value or an error)
        }

        @Override
        public void refused(cefshell.internal.ipc.Refusal refusal) {
            send("x" + id + ":" + refusal.text(), List.of());
        }

        @Override
        public boolean isOpen() {
            return !closed;
        }
    }
}
