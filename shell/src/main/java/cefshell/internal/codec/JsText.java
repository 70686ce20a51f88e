package cefshell.internal.codec;

import java.io.IOException;
import java.io.StringWriter;

import com.google.gson.stream.JsonWriter;

/** Text that crosses into a page: JSON string literals that are also valid JavaScript, and JNI-safe strings. */
public final class JsText {
    private JsText() {
    }

    /** A JSON string literal, also valid JavaScript source (U+2028/U+2029 and HTML-significant characters escaped). */
    public static String stringLiteral(String s) {
        return SmallValues.isPlain(s) ? '"' + s + '"' : escaped(s);
    }

    /** Appends {@link #stringLiteral}'s output to {@code sb}, without a string of its own for plain text. */
    public static void appendStringLiteral(StringBuilder sb, String s) {
        if (SmallValues.isPlain(s)) {
            sb.append('"').append(s).append('"');
        } else {
            sb.append(escaped(s));
        }
    }

    /** The literal written by Gson's HTML-safe writer: the general case, for text that needs escaping. */
    private static String escaped(String s) {
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

    /**
     * JCEF passes strings through JNI's modified UTF-8, which mangles characters outside the BMP (emoji): every
     * surrogate is written as a {@code \\uXXXX} escape instead, valid inside JSON and JavaScript string literals,
     * which is the only place surrogates can occur in the texts cefshell sends. Returns {@code text} itself when it
     * has none.
     */
    public static String jniSafe(String text) {
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
}
