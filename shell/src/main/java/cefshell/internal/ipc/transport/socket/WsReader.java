package cefshell.internal.ipc.transport.socket;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads whole messages from a client's frames (RFC 6455 5.4: a message may come in fragments, with control frames
 * between them). Client frames must be masked. The caller says what it expects next: a text message, or a binary
 * message of an exact length (the request's header named it), which is read straight into an array of that size.
 */
final class WsReader {
    /** Answers a ping with a pong of the same payload. */
    interface Pinged {
        void ping(byte[] payload) throws IOException;
    }

    /**
     * A message: {@code text} for TEXT, {@code bytes} for BINARY, {@code closeCode} and {@code text} (the reason)
     * for CLOSE.
     */
    record Message(int opcode, String text, byte[] bytes, int closeCode) {
        boolean isClose() {
            return opcode == WsFrames.CLOSE;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final Pinged pinged;

    /** @param maxBytes no message may be longer (checked before anything is allocated) */
    WsReader(InputStream in, long maxBytes, Pinged pinged) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.pinged = pinged;
    }

    /** The next text message, or a close. */
    Message nextText() throws IOException {
        return next(-1);
    }

    /** The next message, which must be binary and exactly {@code length} bytes long, or a close. */
    Message nextBinary(int length) throws IOException {
        if (length < 0 || length > maxBytes) {
            throw tooBig(length);
        }
        return next(length);
    }

    private Message next(int binaryLength) throws IOException {
        boolean binary = binaryLength >= 0;
        byte[] data = binary ? new byte[binaryLength] : new byte[256];
        int size = 0;
        boolean started = false;
        while (true) {
            WsFrames.Head h = WsFrames.readHead(in);
            if (!h.masked()) {
                throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, "client frames must be masked");
            }
            if (h.isControl()) {
                byte[] payload = payload(h, new byte[(int) h.length()], 0);
                if (h.opcode() == WsFrames.CLOSE) {
                    return close(payload);
                }
                if (h.opcode() == WsFrames.PING) {
                    pinged.ping(payload);
                }
                continue; // a pong: nothing asked for it, nothing to do
            }
            if (!started) {
                if (h.opcode() == WsFrames.CONTINUATION) {
                    throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, "continuation without a message");
                }
                int expected = binary ? WsFrames.BINARY : WsFrames.TEXT;
                if (h.opcode() != expected) {
                    throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, (binary ? "a binary" : "a text")
                            + " message was expected here");
                }
                started = true;
            } else if (h.opcode() != WsFrames.CONTINUATION) {
                throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, "a new message inside a fragmented one");
            }
            long total = size + h.length();
            if (total > maxBytes) {
                throw tooBig(total);
            }
            if (binary && total > binaryLength) {
                throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, "a blob longer than its header says");
            }
            if (!binary && total > data.length) {
                data = Arrays.copyOf(data, (int) Math.min(maxBytes, Math.max(total, 2L * data.length)));
            }
            payload(h, data, size);
            size = (int) total;
            if (h.fin()) {
                break;
            }
        }
        if (binary) {
            if (size != binaryLength) {
                throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, "a blob shorter than its header says");
            }
            return new Message(WsFrames.BINARY, null, data, 0);
        }
        return new Message(WsFrames.TEXT, utf8(data, size), null, 0);
    }

    /** Reads the frame's payload into {@code into} at {@code at} and unmasks it. */
    private byte[] payload(WsFrames.Head h, byte[] into, int at) throws IOException {
        int n = (int) h.length();
        int got = in.readNBytes(into, at, n);
        if (got != n) {
            throw new EOFException("connection closed inside a frame");
        }
        WsFrames.mask(into, at, n, h.mask(), 0);
        return into;
    }

    private static Message close(byte[] payload) throws IOException {
        if (payload.length == 1) {
            throw new WsProtocolException(WsFrames.CLOSE_PROTOCOL_ERROR, "a close frame of one byte");
        }
        int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : WsFrames.CLOSE_NORMAL;
        String reason = payload.length > 2 ? utf8(Arrays.copyOfRange(payload, 2, payload.length), payload.length - 2) : "";
        return new Message(WsFrames.CLOSE, reason, null, code);
    }

    private static String utf8(byte[] data, int size) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, 0, size)).toString();
        } catch (CharacterCodingException e) {
            throw new WsProtocolException(WsFrames.CLOSE_INVALID_DATA, "a text message that is not UTF-8");
        }
    }

    private WsProtocolException tooBig(long length) {
        return new WsProtocolException(WsFrames.CLOSE_TOO_BIG, "IPC message of " + length
                + " bytes is larger than the socket's limit of " + maxBytes + " bytes");
    }
}
