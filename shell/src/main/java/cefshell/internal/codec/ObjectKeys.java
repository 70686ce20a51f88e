package cefshell.internal.codec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JavaScript's key order for objects: array-index keys ("0", "7", "42"...) first in ascending numeric order,
 * then the other keys in insertion order.
 *
 * <p>The encoder must write keys in this order: the page's {@code JSON.parse} rebuilds objects in it, and the
 * decoder numbers containers in the order it walks them, so a Java map iterating {@code {"b":[],"1":[]}} in
 * insertion order would give its two arrays different numbers on the two sides.
 */
final class ObjectKeys {

    private static final long MAX_INDEX = 0xFFFF_FFFEL; // 2^32 - 2

    private ObjectKeys() {
    }

    /** The array index {@code key} stands for, or -1 if it is not the canonical form of one. */
    static long index(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || key.charAt(0) < '0' || key.charAt(0) > '9' || (key.charAt(0) == '0' && n > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_INDEX ? value : -1;
    }

    /** Whether iterating {@code keys} in its own order differs from JavaScript's order. */
    static boolean needsReordering(Iterable<String> keys) {
        long lastIndex = -1;
        boolean sawName = false;
        for (String key : keys) {
            long index = index(key);
            if (index < 0) {
                sawName = true;
            } else if (sawName || index < lastIndex) {
                return true;
            } else {
                lastIndex = index;
            }
        }
        return false;
    }

    /** The entries in JavaScript's order (a stable sort: names keep their relative order). */
    static <V> List<Map.Entry<String, V>> inJsOrder(Iterable<Map.Entry<String, V>> entries) {
        List<Map.Entry<String, V>> sorted = new ArrayList<>();
        entries.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(e -> {
            long index = index(e.getKey());
            return index < 0 ? Long.MAX_VALUE : index;
        }));
        return sorted;
    }
}
