package cefshell.internal.ipc.transport.socket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The opening handshake (RFC 6455 4.2): the client's HTTP request head, read with a bound, and the server's two
 * answers. The answer names no extension, which declines the permessage-deflate that Chromium offers.
 */
final class Handshake {
    static final int MAX_HEAD_BYTES = 8192;
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** A request head; header names lower-cased; a header sent twice makes the request malformed. */
    record Request(String method, String target, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** Whether this is a well-formed WebSocket upgrade (version 13, a 16-byte key). */
        boolean isUpgrade() {
            String key = header("sec-websocket-key");
            return method.equals("GET")
                    && "websocket".equalsIgnoreCase(header("upgrade"))
                    && hasToken(header("connection"), "upgrade")
                    && "13".equals(header("sec-websocket-version"))
                    && key != null && decodedLength(key) == 16;
        }
    }

    private Handshake() {
    }

    /** Reads a request head up to its blank line; throws if it is longer than {@link #MAX_HEAD_BYTES} or malformed. */
    static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        int matched = 0; // of "\r\n\r\n"
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed during the handshake");
            }
            if (head.size() >= MAX_HEAD_BYTES) {
                throw new IOException("handshake longer than " + MAX_HEAD_BYTES + " bytes");
            }
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] start = lines[0].split(" ");
        if (start.length != 3 || !start[2].equals("HTTP/1.1")) {
            throw new IOException("not an HTTP/1.1 request");
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header line");
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (headers.put(name, lines[i].substring(colon + 1).trim()) != null) {
                throw new IOException("header " + name + " sent twice");
            }
        }
        return new Request(start[0], start[1], headers);
    }

    /** {@code Sec-WebSocket-Accept} for a client's key. */
    static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    static byte[] switching(String key) {
        return ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A refusal that tells the client nothing more than its status. */
    static byte[] refused(int status) {
        String text = status == 400 ? "Bad Request" : "Forbidden";
        return ("HTTP/1.1 " + status + " " + text + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean hasToken(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String t : header.split(",")) {
            if (t.trim().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
