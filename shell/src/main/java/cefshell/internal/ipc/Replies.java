package cefshell.internal.ipc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cefshell.internal.codec.JsText;
import cefshell.internal.codec.ValueEncoder;

/**
 * Every reply format of every transport, in one place (docs/wire-format.md, "Replies"); bridge-js's
 * {@code common/wire.js} holds the same codes. Text replies start with a one-letter code:
 * <pre>
 * r JSON                      the value (invoke over cefQuery; sendSync over the prompt)
 * e TEXT                      an invoke's error, e.g. "Error: boom"
 * p TOKEN:LENGTHS:JSON        an invoke's value whose blobs are fetched in parts from /__cefshell/part
 * l TOKEN                     a sendSync's large value, fetched from /__cefshell/sync-result
 * x TEXT                      refused (prompt path); nothing was delivered
 * f                           not delivered: send it again by XHR (prompt path, unknown document)
 * b [ITEMS]                   messages from Java, [[channel, args(, senderId)], ...]: a pull's answer, or the answer
 *                             to a request of sends carrying what their listeners sent back (RendererPush.dispatchCollecting)
 * </pre>
 * Binary frame replies (to /__cefshell/ipc) have the header {@code {"b":[lengths],"r":JSON[,"p":TOKEN]}} or
 * {@code {"b":[],"e":TEXT}}; a sync XHR's reply is the value's JSON with status 200, or a refusal text with 4xx.
 */
public final class Replies {
    public static final char VALUE = 'r';
    public static final char ERROR = 'e';
    public static final char PARTS = 'p';
    public static final char LARGE = 'l';
    public static final char REFUSED = 'x';
    public static final char RESEND = 'f';
    public static final char BATCH = 'b';

    private Replies() {
    }

    public static String value(String json) {
        return VALUE + json;
    }

    public static String error(String text) {
        return ERROR + text;
    }

    public static String parts(String token, List<byte[]> blobs, String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64).append(PARTS).append(token).append(':');
        for (int i = 0; i < blobs.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(blobs.get(i).length);
        }
        return sb.append(':').append(json).toString();
    }

    /** A pull's (or a request of sends') answer: main-to-renderer entries {@code [channel, args(, senderId)]}, already joined by commas. */
    public static String batch(String items) {
        return BATCH + "[" + items + "]";
    }

    public static String large(String token) {
        return LARGE + token;
    }

    public static String refused(String text) {
        return REFUSED + text;
    }

    public static String resend() {
        return String.valueOf(RESEND);
    }

    /**
     * What a sendSync returns: the value's text, or, when it cannot be encoded, an {@code {error}} object (a sendSync
     * has no way to throw in the page).
     */
    public static String syncValue(Object value) {
        try {
            return ValueEncoder.encodeText(value);
        } catch (RuntimeException e) {
            return ValueEncoder.encodeText(Map.of("error", "An object could not be cloned."));
        }
    }

    /** A sendSync's answer for an error: Electron's sendSync cannot throw, so the page gets {@code {error}}. */
    public static String syncError(String text) {
        return ValueEncoder.encodeText(Map.of("error", text));
    }

    /** A binary frame reply's header members for a value; {@code token} non-null when the blobs come in parts. */
    public static String frameValue(String json, String token) {
        return "\"r\":" + json + (token == null ? "" : ",\"p\":\"" + token + "\"");
    }

    public static String frameError(String text) {
        return "\"e\":" + JsText.stringLiteral(text);
    }

    /** A binary frame's header: {@code {"b":[LENGTHS],MEMBERS}}, or {@code {"b":[LENGTHS]}} for null members. */
    public static String frameHeader(String members, List<byte[]> blobs) {
        StringBuilder header = new StringBuilder("{\"b\":[");
        for (int i = 0; i < blobs.size(); i++) {
            header.append(i == 0 ? "" : ",").append(blobs.get(i).length);
        }
        header.append(']');
        if (members != null) {
            header.append(',').append(members);
        }
        return header.append('}').toString();
    }

    /** A binary frame as segments: the length-prefixed header, then the blobs themselves (not copied). */
    public static byte[][] frame(String members, List<byte[]> blobs) {
        byte[] h = frameHeader(members, blobs).getBytes(StandardCharsets.UTF_8);
        long total = 4L + h.length;
        for (byte[] b : blobs) {
            total += b.length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("IPC reply too large: " + total + " bytes");
        }
        byte[][] segments = new byte[1 + blobs.size()][];
        segments[0] = ByteBuffer.allocate(4 + h.length).order(ByteOrder.LITTLE_ENDIAN).putInt(h.length).put(h).array();
        for (int i = 0; i < blobs.size(); i++) {
            segments[1 + i] = blobs.get(i);
        }
        return segments;
    }
}
