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
        StringBuilder sb = new StringBuilder(32);
        return appendText(sb, value) ? sb.toString() : null;
    }

    /**
     * Appends the encoding of {@code value} to {@code sb} and returns true, or returns false with {@code sb} as it was
     * when it is not one of the small shapes. Appending in place is what a busy sender needs: no string per part.
     */
    static boolean appendText(StringBuilder sb, Object value) {
        int mark = sb.length();
        boolean small;
        if (value instanceof Object[] array) {
            small = appendArray(sb, array, array.length, null);
        } else if (value instanceof List<?> list && list.size() <= MAX_LIST) {
            small = appendArray(sb, null, list.size(), list);
        } else {
            small = appendScalar(sb, value);
        }
        if (!small) {
            sb.setLength(mark);
        }
        return small;
    }

    private static boolean appendArray(StringBuilder sb, Object[] array, int n, List<?> list) {
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (!appendScalar(sb, array != null ? array[i] : list.get(i))) {
                return false;
            }
        }
        sb.append(']');
        return true;
    }

    private static boolean appendScalar(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            if (!isPlain(s)) {
                return false;
            }
            sb.append('"').append(s).append('"');
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            sb.append(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else {
            return false;
        }
        return true;
    }

    /** True when {@code s} is printable ASCII that no JSON or HTML-safe writer escapes, and short. */
    static boolean isPlain(String s) {
        if (s.length() > MAX_STRING) {
            return false;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '=' || c == '\'') {
                return false;
            }
        }
        return true;
    }
}
