package cefshell.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * A bare WebSocket echo server for the transport floor of a large echo: each binary message comes back whole, read
 * into a buffer that is reused and written back from it. No cefshell or JCEF code is on the way, and nothing a real
 * transport must do (authentication, a header, a fresh array for a handler, decoding): what is left is Chromium's
 * WebSocket, both ways, on this machine. Loopback only, for the bench's own pages, and only while the case runs.
 */
final class BareEchoServer implements AutoCloseable {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_MESSAGE = 64 << 20;

    private final ServerSocket server;

    BareEchoServer() throws IOException {
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "bench-bare-echo");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "bench-bare-echo-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
            OutputStream out = s.getOutputStream();
            handshake(in, out);
            byte[] message = new byte[1 << 20];
            int size = 0;
            while (true) {
                int b0 = readByte(in);
                int b1 = readByte(in);
                int opcode = b0 & 0x0F;
                long length = b1 & 0x7F;
                if (length == 126) {
                    length = (readByte(in) << 8) | readByte(in);
                } else if (length == 127) {
                    length = 0;
                    for (int i = 0; i < 8; i++) {
                        length = (length << 8) | readByte(in);
                    }
                }
                byte[] mask = in.readNBytes(4); // the page's frames are always masked
                if (opcode == 0x8 || size + length > MAX_MESSAGE) {
                    return; // close, or more than the bench ever sends
                }
                if (size + length > message.length) {
                    message = Arrays.copyOf(message, (int) Math.max(size + length, 2L * message.length));
                }
                if (in.readNBytes(message, size, (int) length) != length) {
                    throw new EOFException();
                }
                for (int i = 0; i < length; i++) {
                    message[size + i] ^= mask[i & 3];
                }
                size += (int) length;
                if ((b0 & 0x80) != 0) { // the message's last frame
                    writeBinary(out, message, size);
                    size = 0;
                }
            }
        } catch (IOException e) {
            // the page went away
        }
    }

    private static void handshake(InputStream in, OutputStream out) throws IOException {
        String key = null;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                key = line.substring("sec-websocket-key:".length()).trim();
            }
        }
        if (key == null) {
            throw new IOException("not a WebSocket request");
        }
        String accept;
        try {
            accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void writeBinary(OutputStream out, byte[] data, int size) throws IOException {
        byte[] head = new byte[10];
        head[0] = (byte) 0x82; // FIN, binary
        head[1] = 127;
        for (int i = 0; i < 8; i++) {
            head[2 + i] = (byte) ((long) size >>> (56 - 8 * i));
        }
        out.write(head);
        out.write(data, 0, size);
        out.flush();
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = readByte(in); c != '\n'; c = readByte(in)) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
