package cefshell.internal.ipc.transport.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

import cefshell.internal.ipc.Inbound;
import cefshell.internal.ipc.transport.ReplyParts;

/**
 * The loopback WebSocket server: bound to 127.0.0.1 on a port the system picks, on first use. One thread accepts;
 * each connection gets a thread of its own that blocks on its socket (never one of CEF's threads, never a spin).
 * At most {@value #MAX_CONNECTIONS} connections at a time; more are closed at once and logged as refusals.
 */
final class SocketServer {
    static final int MAX_CONNECTIONS = 256;

    final Tickets tickets = new Tickets();
    final Inbound inbound;
    final ReplyParts parts;
    final long maxMessageBytes;
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicInteger names = new AtomicInteger();
    private ServerSocket server;

    SocketServer(Inbound inbound, ReplyParts parts, long maxMessageBytes) {
        this.inbound = inbound;
        this.parts = parts;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** The port, binding the server the first time. */
    synchronized int port() throws IOException {
        if (server == null) {
            ServerSocket s = new ServerSocket();
            s.setReceiveBufferSize(1 << 20); // large requests: fewer wake-ups of the connection's thread
            s.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 64);
            Thread t = new Thread(() -> acceptLoop(s), "cefshell-socket-accept");
            t.setDaemon(true);
            t.start();
            server = s;
        }
        return server.getLocalPort();
    }

    private void acceptLoop(ServerSocket s) {
        while (true) {
            Socket socket;
            try {
                socket = s.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (live.incrementAndGet() > MAX_CONNECTIONS) {
                live.decrementAndGet();
                closeQuietly(socket);
                inbound.refusedConnection(null, null, null, "more than " + MAX_CONNECTIONS + " connections");
                continue;
            }
            Thread t = new Thread(() -> {
                try {
                    new SocketConnection(socket, this).run();
                } finally {
                    live.decrementAndGet();
                }
            }, "cefshell-socket-" + names.incrementAndGet());
            t.setDaemon(true);
            t.start();
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
