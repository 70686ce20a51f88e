package cefshell.internal.ipc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an answered request's time goes on the Java side, stage by stage, for {@code shell bench}'s per-stage
 * breakdown. Off unless the system property {@code cefshell.ipc.stages} is {@code true} when this class loads: then
 * {@link #ON} is a constant false and the JIT drops every stamp.
 *
 * <p>A request is stamped where {@link Inbound} takes it from its transport (on CEF's thread), when that thread is
 * free again, when the document's lane starts on it, when its messages are parsed and in order, when user code
 * answered, and when the transport has handed the answer to CEF. Only requests answered with a value (invoke,
 * sendSync) are recorded; the last {@value #KEPT} of them are kept.
 */
public final class StageClock {
    public static final boolean ON = Boolean.getBoolean("cefshell.ipc.stages");
    static final int KEPT = 8192;

    /** The stages, in order; each is the time from the previous stamp (the first from the request's arrival). */
    public enum Stage {
        INTAKE("on CEF's thread: admission, head, lane"),
        HANDOFF("CEF's thread to the lane's thread"),
        PARSE("strict parse and ordering"),
        HANDLER("dispatch and the handler"),
        ANSWER("encoding the answer and handing it to CEF");

        public final String what;

        Stage(String what) {
            this.what = what;
        }
    }

    private static final Object LOCK = new Object();
    /** 320 KB of samples, made by the first request recorded: every process loads this class, few record. */
    private static long[][] samples; // guarded by LOCK
    private static int count; // guarded by LOCK

    private StageClock() {
    }

    /** One request's stamps; null where {@link #ON} is false. */
    static Stamps start() {
        return ON ? new Stamps() : null;
    }

    static final class Stamps {
        private final long[] at = new long[Stage.values().length + 1];
        private int next;

        Stamps() {
            at[next++] = System.nanoTime();
        }

        /** Ends the next stage now; out-of-order stamps (an answer from another thread racing the lane) are ignored. */
        synchronized void stamp(Stage stage) {
            if (stage.ordinal() + 1 == next) {
                at[next++] = System.nanoTime();
                if (next == at.length) {
                    record(at);
                }
            }
        }
    }

    private static void record(long[] at) {
        synchronized (LOCK) {
            if (samples == null) {
                samples = new long[Stage.values().length][KEPT];
            }
            int slot = count++ % KEPT;
            for (int s = 0; s < samples.length; s++) {
                samples[s][slot] = at[s + 1] - at[s];
            }
        }
    }

    /** Forgets what was recorded (between benchmark cases). */
    public static void reset() {
        synchronized (LOCK) {
            count = 0;
        }
    }

    /** Median microseconds per stage over the requests recorded since {@link #reset()}, and {@code requests}. */
    public static Map<String, Double> medians() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (LOCK) {
            int n = samples == null ? 0 : Math.min(count, KEPT);
            out.put("requests", (double) count);
            for (Stage stage : Stage.values()) {
                long[] v = n == 0 ? new long[0] : Arrays.copyOf(samples[stage.ordinal()], n);
                Arrays.sort(v);
                out.put(stage.name().toLowerCase(java.util.Locale.ROOT), n == 0 ? Double.NaN : v[n / 2] / 1000.0);
            }
        }
        return out;
    }
}
