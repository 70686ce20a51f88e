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
        return ValueEncoder.encodeText(value);
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
