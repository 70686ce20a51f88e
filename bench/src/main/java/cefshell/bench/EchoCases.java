package cefshell.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The floors of a 10 MiB echo on this machine (fresh buffers, {@link #floor}; Chromium's WebSocket alone,
 * {@link #bareSocketEcho}), then {@code invoke} echo of 1 KiB, 64 KiB, 1 MiB and 10 MiB, as a string and as a
 * Uint8Array, timed in the page from the call to the decoded reply (checked against what was sent). Raw JCEF has only strings: a string goes as the
 * query, bytes as base64 text that Java decodes to a {@code byte[]} and encodes again.
 */
final class EchoCases {
    private static final int[] SIZES = {1 << 10, 64 << 10, 1 << 20, 10 << 20};

    private EchoCases() {
    }

    /** The 10 MiB Uint8Array echo may take at most this many times the floor measured in the same run (issue 15). */
    static final double FLOOR_FACTOR = 1.5;
    /** The 1 MiB Uint8Array echo's bound, half of what the app scheme's path took on a quiet machine (issue 15). */
    static final double ONE_MIB_BYTES_MAX_MS = 21;

    static List<CaseResult> run(Side cefshell, Side raw, Plan plan) {
        List<CaseResult> out = new ArrayList<>();
        CaseResult floor = floor(10 << 20, cefshell, raw, plan);
        out.add(floor);
        // the lower of the two pages' medians: a page that happened to be slowed down must not loosen the target
        double floorMs = Math.min(floor.cefshell().p50(), floor.raw().p50());
        CaseResult bare = bareSocketEcho(10 << 20, cefshell, raw, plan);
        out.add(bare);
        double bareMs = Math.min(bare.cefshell().p50(), bare.raw().p50());
        for (boolean bytes : new boolean[] {false, true}) {
            for (int size : SIZES) {
                out.add(measure(bytes, size, cefshell, raw, plan, floorMs, bareMs));
            }
        }
        return out;
    }

    /**
     * What no echo of {@code size} bytes can avoid on this machine: three fresh buffers of the payload (in the page,
     * in Java, back in the page), each timed where it is made, added up. Both pages measure it; it has no target.
     */
    private static CaseResult floor(int size, Side cefshell, Side raw, Plan plan) {
        int[] counts = plan.echoCounts(size);
        Rounds.Both both = Rounds.alternate(plan.rounds(), cefshell, raw, side -> Rounds.doubles(side.eval(
                "bench.floor(bench.bytes(" + size + "), side.fresh, " + counts[0] + ", " + Math.max(3, counts[1]) + ")")));
        return new CaseResult("floor-u8-" + label(size).replace(" ", "").toLowerCase(),
                "echo floor, " + label(size) + " (3 fresh buffers)", "ms", Samples.of(both.cefshell()), Samples.of(both.raw()),
                "the same, in the raw page", Target.NONE, "");
    }

    /**
     * The same echo over a bare WebSocket to {@link BareEchoServer}, from each page: Chromium's WebSocket both ways
     * and nothing else, the least any WebSocket transport pays here (it has no target; see BENCHMARKS.md).
     */
    private static CaseResult bareSocketEcho(int size, Side cefshell, Side raw, Plan plan) {
        int[] counts = plan.echoCounts(size);
        try (BareEchoServer server = new BareEchoServer()) {
            String expression = "bench.bareSocket(" + server.port() + ").then((rt) => bench.echo(rt, bench.bytes("
                    + size + "), " + counts[0] + ", " + counts[1] + "))";
            Rounds.Both both = Rounds.alternate(plan.rounds(), cefshell, raw,
                    side -> Rounds.doubles(side.eval(expression)));
            return new CaseResult("floor-ws-" + label(size).replace(" ", "").toLowerCase(),
                    "floor: bare WebSocket echo, " + label(size) + " Uint8Array", "ms", Samples.of(both.cefshell()),
                    Samples.of(both.raw()), "the same, in the raw page", Target.NONE,
                    "a Java server of the bench's own that echoes each message from a reused buffer: Chromium's "
                            + "WebSocket both ways, no cefshell or JCEF code");
        } catch (java.io.IOException e) {
            throw new BenchFailure("cannot start the bare WebSocket echo server: " + e, e);
        }
    }

    private static CaseResult measure(boolean bytes, int size, Side cefshell, Side raw, Plan plan, double floorMs,
            double bareMs) {
        int[] counts = plan.echoCounts(size);
        String payload = (bytes ? "bench.bytes(" : "bench.text(") + size + ")";
        Rounds.Both both = Rounds.alternate(plan.rounds(), cefshell, raw, side -> Rounds.doubles(side.eval(
                "bench.echo(side.rt, " + payload + ", " + counts[0] + ", " + counts[1] + ")")));
        String label = label(size);
        Target target = Target.NONE;
        String note = "";
        if (size == 10 << 20) {
            target = bytes ? Target.atMost(FLOOR_FACTOR * floorMs, Double.NaN) : Target.ratioAtMost(0.5);
            if (bytes) {
                note = "target: " + FLOOR_FACTOR + " × the floor measured in this run (" + Report.number(floorMs)
                        + " ms, the lower of the two pages' medians); a bare WebSocket echo took "
                        + Report.number(bareMs) + " ms (floor-ws-10mib)";
            }
        } else if (size == 1 << 20 && bytes) {
            target = Target.atMost(ONE_MIB_BYTES_MAX_MS, Double.NaN);
        }
        return new CaseResult("echo-" + (bytes ? "u8-" : "str-") + label.replace(" ", "").toLowerCase(),
                "invoke echo, " + label + (bytes ? " Uint8Array" : " string"), "ms",
                Samples.of(both.cefshell()), Samples.of(both.raw()),
                bytes ? "base64 over cefQuery" : "cefQuery string echo", target, note).withRounds(both.roundRatios());
    }

    static String label(int size) {
        return size >= 1 << 20 ? (size >> 20) + " MiB" : (size >> 10) + " KiB";
    }
}
