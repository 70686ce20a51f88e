package cefshell.bench;

/**
 * Java's share of the floor of a large echo: one fresh {@code byte[]} filled with the payload, as any transport must
 * do once to hand the page's bytes to a handler. Fresh every time, because an echo's buffers are (first-touch page
 * faults cost more than the copy itself on a VM). Timed here, in Java, and reported to the page.
 */
final class FreshBuffer {
    private static byte[] source = new byte[0];
    private static volatile byte sink;

    private FreshBuffer() {
    }

    /** Milliseconds to allocate and fill a fresh array of {@code n} bytes. */
    static synchronized double copyMillis(int n) {
        if (source.length != n) {
            source = new byte[n];
            for (int i = 0; i < n; i++) {
                source[i] = (byte) (i * 31 + 7);
            }
        }
        long t0 = System.nanoTime();
        byte[] fresh = new byte[n];
        System.arraycopy(source, 0, fresh, 0, n);
        long t1 = System.nanoTime();
        sink = fresh[n - 1];
        return (t1 - t0) / 1e6;
    }
}
