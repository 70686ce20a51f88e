package cefshell.internal.ipc.transport.socket;

/**
 * The blob lengths at the start of a frame header ({@code {"b":[n,n,...],...}}), read on the connection's thread to
 * know how many binary messages follow and how long each is. The strict parser checks the whole header later.
 */
final class BlobLengths {
    static final int MAX_BLOBS = 1_000_000;

    private BlobLengths() {
    }

    /** The lengths, or null if the header does not start as a frame header does. */
    static long[] of(String header) {
        if (!header.startsWith("{\"b\":[")) {
            return null;
        }
        int i = 6;
        int count = 0;
        long[] out = new long[8];
        if (header.startsWith("]", i)) {
            return header.startsWith("],", i) ? new long[0] : null;
        }
        while (true) {
            int start = i;
            long n = 0;
            while (i < header.length() && i - start < 16 && Character.isDigit(header.charAt(i))) {
                n = n * 10 + (header.charAt(i) - '0');
                i++;
            }
            if (i == start || i >= header.length() || count >= MAX_BLOBS
                    || header.charAt(start) == '0' && i - start > 1) {
                return null;
            }
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, count * 2);
            }
            out[count++] = n;
            char c = header.charAt(i++);
            if (c == ']') {
                return header.startsWith(",", i) ? java.util.Arrays.copyOf(out, count) : null;
            }
            if (c != ',') {
                return null;
            }
        }
    }
}
