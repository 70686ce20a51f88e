package cefshell.internal.ipc.transport.socket;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * RFC 6455 framing, no extensions: a frame's head (FIN, opcode, length, mask) read from or written to a stream, and
 * the XOR masking of payloads. Nothing here knows about connections or messages ({@link WsReader} assembles those).
 */
final class WsFrames {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** Close codes (RFC 6455 7.4.1). */
    static final int CLOSE_NORMAL = 1000;
    static final int CLOSE_GOING_AWAY = 1001;
    static final int CLOSE_PROTOCOL_ERROR = 1002;
    static final int CLOSE_INVALID_DATA = 1007;
    static final int CLOSE_POLICY = 1008;
    static final int CLOSE_TOO_BIG = 1009;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private WsFrames() {
    }

    /**
     * One frame's head.
     *
     * @param mask the 4-byte masking key as a big-endian int, meaningful only when {@code masked}
     */
    record Head(boolean fin, int opcode, long length, boolean masked, int mask) {
        boolean isControl() {
            return (opcode & 0x8) != 0;
        }
    }

    /** Reads one frame head; refuses reserved bits (no extension was agreed) and malformed lengths. */
    static Head readHead(InputStream in) throws IOException {
        int b0 = readByte(in);
        int b1 = readByte(in);
        if ((b0 & 0x70) != 0) {
            throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, "reserved bits set (no extension was agreed)");
        }
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0F;
        boolean masked = (b1 & 0x80) != 0;
        long length = b1 & 0x7F;
        if (length == 126) {
            length = (readByte(in) << 8) | readByte(in);
            if (length < 126) {
                throw new WsProtocolException(CLOSE_PROTOCOL_ERROR, "length not in its shortest form");
            }
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte(in);
            }
            if (length < 0) {
                throw new WsProtocolException(CLOSE_PROTOCOL_ERROR, "length has its top bit set");
            }
            if (length <= 0xFFFF) {
                throw new WsProtocolException(CLOSE_PROTOCOL_ERROR, "length not in its shortest form");
            }
        }
        int mask = 0;
        if (masked) {
            mask = (readByte(in) << 24) | (readByte(in) << 16) | (readByte(in) << 8) | readByte(in);
        }
        boolean known = opcode == CONTINUATION || opcode == TEXT || opcode == BINARY || opcode == CLOSE
                || opcode == PING || opcode == PONG;
        if (!known) {
            throw new WsProtocolException(CLOSE_PROTOCOL_ERROR, "unknown opcode " + opcode);
        }
        Head head = new Head(fin, opcode, length, masked, mask);
        if (head.isControl() && (!fin || length > 125)) {
            throw new WsProtocolException(CLOSE_PROTOCOL_ERROR, "fragmented or long control frame");
        }
        return head;
    }

    /** A frame head as bytes; {@code masked} only for a client's frames (tests), a server never masks. */
    static byte[] head(boolean fin, int opcode, long length, boolean masked, int mask) {
        int extra = length <= 125 ? 0 : length <= 0xFFFF ? 2 : 8;
        byte[] h = new byte[2 + extra + (masked ? 4 : 0)];
        h[0] = (byte) ((fin ? 0x80 : 0) | opcode);
        int at = 2;
        if (extra == 0) {
            h[1] = (byte) length;
        } else if (extra == 2) {
            h[1] = 126;
            h[2] = (byte) (length >>> 8);
            h[3] = (byte) length;
            at = 4;
        } else {
            h[1] = 127;
            for (int i = 0; i < 8; i++) {
                h[2 + i] = (byte) (length >>> (56 - 8 * i));
            }
            at = 10;
        }
        if (masked) {
            h[1] |= (byte) 0x80;
            h[at] = (byte) (mask >>> 24);
            h[at + 1] = (byte) (mask >>> 16);
            h[at + 2] = (byte) (mask >>> 8);
            h[at + 3] = (byte) mask;
        }
        return h;
    }

    /**
     * XORs {@code b[off, off+len)} with the masking key, the first byte being byte {@code position} of the frame's
     * payload (so a payload read in pieces is unmasked piece by piece). Eight bytes at a time: this runs over every
     * byte a page sends.
     */
    static void mask(byte[] b, int off, int len, int mask, long position) {
        int i = off;
        int end = off + len;
        int shift = (int) (position & 3);
        while (i < end && (i - off + shift) % 4 != 0) {
            b[i] ^= (byte) (mask >>> (24 - 8 * ((i - off + shift) & 3)));
            i++;
        }
        long m = (mask & 0xFFFFFFFFL) << 32 | (mask & 0xFFFFFFFFL);
        for (; i + 8 <= end; i += 8) {
            LONGS.set(b, i, (long) LONGS.get(b, i) ^ m);
        }
        for (int k = 0; i < end; i++, k++) {
            b[i] ^= (byte) (mask >>> (24 - 8 * (k & 3)));
        }
    }

    static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("connection closed");
        }
        return b;
    }
}
