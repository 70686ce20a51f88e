package cefshell.internal.codec;

import java.util.List;

/**
 * The text encoding of the commonest small values, written directly: a plain ASCII string, a whole number, a boolean,
 * null, or an array or short list of those. The output is exactly what {@link Encoding} writes for them (a test holds
 * the two equal); it is only faster, because the general encoder sets up a JSON writer and an identity map per value,
 * most of the cost of a small push or invoke reply.
 */
final class SmallValues {
    private static final int MAX_LIST = 16;
    private static final int MAX_STRING = 4096;

    private SmallValues() {
    }

    /** The encoding of {@code value}, or null when it is not one of the small shapes. */
    static String text(Object value) {
        if (value instanceof Object[] array) {
            return array(array, array.length, null);
        }
        if (value instanceof List<?> list && list.size() <= MAX_LIST) {
            return array(null, list.size(), list);
        }
        return scalar(value);
    }

    private static String array(Object[] array, int n, List<?> list) {
        StringBuilder sb = new StringBuilder(16 + 16 * n).append('[');
        for (int i = 0; i < n; i++) {
            String e = scalar(array != null ? array[i] : list.get(i));
            if (e == null) {
                return null;
            }
            sb.append(i == 0 ? "" : ",").append(e);
        }
        return sb.append(']').toString();
    }

    private static String scalar(Object v) {
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
    static String plainString(String s) {
        if (s.length() > MAX_STRING) {
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
}
