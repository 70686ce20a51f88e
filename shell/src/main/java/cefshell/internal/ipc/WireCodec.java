package cefshell.internal.ipc;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import cefshell.internal.codec.EncodedMessage;
import cefshell.internal.codec.ValueDecoder;
import cefshell.internal.codec.ValueEncoder;

/** The IPC layer's view of the value codec (docs/wire-format.md): the few calls transports need. */
final class WireCodec {
    private WireCodec() {
    }

    /** Decodes the value at the reader's position; {@code blobs} null for text transports. */
    static Object decode(JsonReader in, List<byte[]> blobs) throws IOException {
        return ValueDecoder.decode(in, blobs);
    }

    /** Text encoding (binary data as base64), safe to embed in JavaScript source. */
    static String encodeText(Object value) {
        String plain = plainText(value);
        return plain != null ? plain : ValueEncoder.encodeText(value);
    }

    /**
     * The encoding of the commonest small messages, written directly: a plain ASCII string, a whole number, a
     * boolean, null, or an array or list of those; null for anything else (the codec proper then encodes it). The
     * output is what the codec writes for these values; it is only faster (the codec sets up a JSON writer and an
     * identity map per value, most of the cost of a small push).
     */
    private static String plainText(Object value) {
        if (value instanceof Object[] array) {
            return plainArray(array, array.length, null);
        }
        if (value instanceof List<?> list && list.size() <= 16) {
            return plainArray(null, list.size(), list);
        }
        return plainScalar(value);
    }

    private static String plainArray(Object[] array, int n, List<?> list) {
        StringBuilder sb = new StringBuilder(16 + 16 * n).append('[');
        for (int i = 0; i < n; i++) {
            String e = plainScalar(array != null ? array[i] : list.get(i));
            if (e == null) {
                return null;
            }
            sb.append(i == 0 ? "" : ",").append(e);
        }
        return sb.append(']').toString();
    }

    private static String plainScalar(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String s) {
            return plainString(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Long.toString(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return null;
    }

    /** {@code "s"} when {@code s} is printable ASCII that no JSON or HTML-safe writer escapes; else null. */
    private static String plainString(String s) {
        if (s.length() > 4096) {
            return null;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '=' || c == '\'') {
                return null;
            }
        }
        return '"' + s + '"';
    }

    /**
     * The text a sendSync returns: the value, or, when it cannot be encoded, an {@code {error}} object (a sendSync
     * has no way to throw in the page).
     */
    static String encodeSyncReply(Object value) {
        try {
            return encodeText(value);
        } catch (RuntimeException e) {
            return encodeText(java.util.Map.of("error", "An object could not be cloned."));
        }
    }

    /** Binary encoding: byte arrays and long strings go to {@code blobs}. */
    static String encode(Object value, List<byte[]> blobs) {
        EncodedMessage m = ValueEncoder.encode(value, true);
        blobs.addAll(m.blobs());
        return m.json();
    }

    /**
     * JCEF passes strings through JNI's modified UTF-8, which mangles characters outside the BMP (emoji): every
     * surrogate is written as a {@code \\uXXXX} escape instead, valid inside JSON and JavaScript string literals,
     * which is the only place surrogates can occur in our texts. Returns {@code text} itself when it has none.
     */
    static String jniSafe(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !Character.isSurrogate(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                sb.append("\\u").append(Integer.toHexString(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A JSON string literal, also valid JavaScript (U+2028/U+2029 escaped). */
    static String jsonString(String s) {
        String plain = plainString(s);
        if (plain != null) {
            return plain;
        }
        try {
            StringWriter w = new StringWriter(s.length() + 2);
            JsonWriter jw = new JsonWriter(w);
            jw.setHtmlSafe(true); // escapes <, >, &, =, ' and U+2028/2029
            jw.value(s);
            jw.flush();
            return w.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
