package cefshell.internal.codec;

import java.util.Set;

/** Constants of docs/wire-format.md shared by the encoder and the decoder (codec.js holds the same ones). */
final class Wire {

    /** The key that marks a tagged object when it comes first. */
    static final String TAG = "$";

    /** Strings at least this long (UTF-16 units) travel as UTF-8 blobs when the transport carries blobs. */
    static final int STRING_BLOB_MIN = 65536;

    /**
     * The longest sparse array the decoder accepts. A sparse array costs a few bytes of JSON whatever its
     * length, but a Java list of that length costs memory, so a hostile page must not pick the length freely.
     */
    static final int MAX_SPARSE_LENGTH = 1 << 24;

    /** Dates outside +-8.64e15 ms are invalid in JavaScript. */
    static final long MAX_DATE_MILLIS = 8_640_000_000_000_000L;

    private static final Set<String> ERROR_NAMES = Set.of(
            "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError");

    private Wire() {
    }

    /** Structured clone keeps only the standard error names; any other becomes {@code Error}. */
    static String errorName(String name) {
        return name != null && ERROR_NAMES.contains(name) ? name : "Error";
    }

    /** Whether UTF-8 can carry {@code s} unchanged, i.e. it has no lone surrogate. */
    static boolean isWellFormed(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}
