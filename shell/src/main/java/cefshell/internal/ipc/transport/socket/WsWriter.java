package cefshell.internal.ipc.transport.socket;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a server's frames (never masked, never fragmented: Chromium takes a message of any size in one frame).
 * Not thread-safe: the connection holds its lock around each reply, so a reply's messages stay together.
 */
final class WsWriter {
    private final OutputStream out;

    WsWriter(OutputStream out) {
        this.out = out;
    }

    void text(String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write(WsFrames.head(true, WsFrames.TEXT, b.length, false, 0));
        out.write(b);
    }

    void binary(byte[] b) throws IOException {
        out.write(WsFrames.head(true, WsFrames.BINARY, b.length, false, 0));
        out.write(b);
    }

    void pong(byte[] payload) throws IOException {
        out.write(WsFrames.head(true, WsFrames.PONG, payload.length, false, 0));
        out.write(payload);
    }

    /** A close frame; the reason is cut to fit a control frame (123 bytes of UTF-8). */
    void close(int code, String reason) throws IOException {
        byte[] r = reason.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(r.length, 123);
        while (n > 0 && n < r.length && (r[n] & 0xC0) == 0x80) {
            n--; // never cut a character in two
        }
        byte[] payload = new byte[2 + n];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(r, 0, payload, 2, n);
        out.write(WsFrames.head(true, WsFrames.CLOSE, payload.length, false, 0));
        out.write(payload);
    }

    void flush() throws IOException {
        out.flush();
    }
}
