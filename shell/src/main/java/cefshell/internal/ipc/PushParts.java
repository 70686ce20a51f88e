package cefshell.internal.ipc;

import java.util.List;
import java.util.function.Function;

/**
 * Where large binary data of a main-to-renderer port item waits for the page to fetch it in parallel parts
 * ({@code GET /__cefshell/part}, as invoke replies do) instead of riding as base64 in the batch. Installed at start
 * by the shell (the transports own the parts store).
 */
public final class PushParts {
    /** Below this many bytes of blobs, base64 inside the batch is cheaper than fetching (the bridge's bound too). */
    public static final long MIN_BYTES = 192 * 1024;
    private static volatile Function<List<byte[]>, String> park;

    private PushParts() {
    }

    public static void install(Function<List<byte[]>, String> parking) {
        park = parking;
    }

    /** The token to fetch {@code blobs} with, or null when no store is installed. */
    static String park(List<byte[]> blobs) {
        Function<List<byte[]>, String> p = park;
        return p == null ? null : p.apply(blobs);
    }
}
