package cefshell.internal.ipc.transport;

/**
 * A response body made of arrays sent one after the other (a frame's header, then its blobs), or a byte range of
 * them, read out in the pieces CEF asks for; nothing is concatenated first. Not thread-safe: CEF reads in sequence.
 */
final class SegmentedBody {
    private final byte[][] segments;
    private final long length;
    private long left;
    private int segment;
    private int offset;

    SegmentedBody(byte[]... segments) {
        this(segments, 0, -1);
    }

    /** The {@code length} bytes from {@code start} of the segments one after the other; -1: all after start. */
    SegmentedBody(byte[][] segments, long start, long length) {
        this.segments = segments;
        long total = 0;
        for (byte[] b : segments) {
            total += b.length;
        }
        this.length = length < 0 ? total - start : Math.min(length, total - start);
        this.left = this.length;
        long skip = start;
        while (segment < segments.length && skip >= segments[segment].length) {
            skip -= segments[segment].length;
            segment++;
        }
        this.offset = (int) skip;
    }

    long length() {
        return length;
    }

    /** Copies up to {@code max} bytes into {@code out}; returns how many (0 at the end). */
    int read(byte[] out, int max) {
        int n = 0;
        while (n < max && left > 0 && segment < segments.length) {
            byte[] b = segments[segment];
            int k = (int) Math.min(Math.min(max - n, b.length - offset), left);
            System.arraycopy(b, offset, out, n, k);
            n += k;
            offset += k;
            left -= k;
            if (offset == b.length) {
                segment++;
                offset = 0;
            }
        }
        return n;
    }
}
