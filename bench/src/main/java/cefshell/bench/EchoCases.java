package cefshell.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code invoke} echo of 1 KiB, 64 KiB, 1 MiB and 10 MiB, as a string and as a Uint8Array, timed in the page from
 * the call to the decoded reply (checked against what was sent). Raw JCEF has only strings: a string goes as the
 * query, bytes as base64 text that Java decodes to a {@code byte[]} and encodes again.
 */
final class EchoCases {
    private static final int[] SIZES = {1 << 10, 64 << 10, 1 << 20, 10 << 20};

    private EchoCases() {
    }

    static List<CaseResult> run(Side cefshell, Side raw, Plan plan) {
        List<CaseResult> out = new ArrayList<>();
        for (boolean bytes : new boolean[] {false, true}) {
            for (int size : SIZES) {
                out.add(measure(bytes, size, cefshell, raw, plan));
            }
        }
        return out;
    }

    private static CaseResult measure(boolean bytes, int size, Side cefshell, Side raw, Plan plan) {
        int[] counts = plan.echoCounts(size);
        String payload = (bytes ? "bench.bytes(" : "bench.text(") + size + ")";
        Rounds.Both both = Rounds.alternate(plan.rounds(), cefshell, raw, side -> Rounds.doubles(side.eval(
                "bench.echo(side.rt, " + payload + ", " + counts[0] + ", " + counts[1] + ")")));
        String label = label(size);
        Target target = Target.NONE;
        if (size == 10 << 20) {
            target = bytes ? Target.atMost(40, 0.1) : Target.ratioAtMost(0.5);
        }
        return new CaseResult("echo-" + (bytes ? "u8-" : "str-") + label.replace(" ", "").toLowerCase(),
                "invoke echo, " + label + (bytes ? " Uint8Array" : " string"), "ms",
                Samples.of(both.cefshell()), Samples.of(both.raw()),
                bytes ? "base64 over cefQuery" : "cefQuery string echo", target, "").withRounds(both.roundRatios());
    }

    static String label(int size) {
        return size >= 1 << 20 ? (size >> 20) + " MiB" : (size >> 10) + " KiB";
    }
}
