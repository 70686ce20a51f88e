package cefshell.internal.ipc.transport;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import cefshell.internal.ipc.SecretRandom;

/**
 * The blobs of large invoke replies, parked until the page has fetched them as {@link #PARTS} byte ranges in
 * parallel ({@code GET /__cefshell/part?<token>.<i>.<count>}). Used for binary-frame replies and for cefQuery
 * replies alike (an invoke with small arguments may return megabytes).
 *
 * <p>Why: CEF hands a response body to the page in 64 KiB reads, each a JNI call from a pool thread that JCEF
 * attaches to the JVM and detaches again, about 0.4 ms apiece here; one 10 MiB response took 65-90 ms. Parallel
 * responses overlap those waits: 4 ranges took 45-50 ms (see BENCHMARKS.md). A parked reply is dropped once every
 * range has been served, or after a minute.
 */
public final class ReplyParts {
    /** Binary-frame replies whose blobs total at least this many bytes are sent in parts. */
    static final long MIN_BYTES = 2 << 20;
    /**
     * A cefQuery reply longer than this (as text) is checked for binary data worth sending in parts: more than
     * {@link #MAX_TEXT_BLOB_BYTES}, where parts beat base64 text (the page's transport.js uses the same bound).
     */
    static final int MIN_TEXT_CHARS = 256 * 1024;
    static final long MAX_TEXT_BLOB_BYTES = 192 * 1024;
    static final int PARTS = 4;
    private static final int MAX_PARTS = 16;
    private static final long KEEP_SECONDS = 60;

    private final Map<String, Parked> parked = new ConcurrentHashMap<>();

    private static final class Parked {
        final List<byte[]> blobs;
        final long total;
        int served;

        Parked(List<byte[]> blobs) {
            this.blobs = blobs;
            long t = 0;
            for (byte[] b : blobs) {
                t += b.length;
            }
            this.total = t;
        }
    }

    static long total(List<byte[]> blobs) {
        long t = 0;
        for (byte[] b : blobs) {
            t += b.length;
        }
        return t;
    }

    /** Parks {@code blobs}; the token names them in {@code GET /__cefshell/part?<token>.<i>.<count>}. */
    public String park(List<byte[]> blobs) {
        byte[] b = new byte[16];
        SecretRandom.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        parked.put(token, new Parked(blobs));
        cefshell.internal.ipc.IpcThreads.TIMER.schedule(() -> parked.remove(token), KEEP_SECONDS, TimeUnit.SECONDS);
        return token;
    }

    /**
     * All blobs of a parked reply at once, for a page that has a socket (no 64 KiB reads to overlap there); null if
     * there is no such reply. The reply is forgotten.
     */
    public List<byte[]> takeAll(String token) {
        Parked p = token == null ? null : parked.remove(token);
        return p == null ? null : p.blobs;
    }

    /**
     * Range {@code index} of {@code count} of a parked reply ({@code "<token>.<index>.<count>"}), bytes
     * {@code total*index/count} up to {@code total*(index+1)/count} of its blobs one after the other; null if there is
     * no such reply or range. The reply is forgotten after its {@code count}-th range.
     */
    SegmentedBody take(String spec) {
        String[] f = spec == null ? new String[0] : spec.split("\\.");
        if (f.length != 3) {
            return null;
        }
        int index;
        int count;
        try {
            index = Integer.parseInt(f[1]);
            count = Integer.parseInt(f[2]);
        } catch (NumberFormatException e) {
            return null;
        }
        Parked p = parked.get(f[0]);
        if (p == null || count < 1 || count > MAX_PARTS || index < 0 || index >= count) {
            return null;
        }
        synchronized (p) {
            if (++p.served >= count) {
                parked.remove(f[0]);
            }
        }
        long start = p.total * index / count;
        long end = p.total * (index + 1) / count;
        return new SegmentedBody(p.blobs.toArray(new byte[0][]), start, end - start);
    }
}
