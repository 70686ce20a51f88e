package cefshell.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cefshell.internal.ipc.StageClock;

/**
 * Where a small invoke's time goes on the Java side (the {@code stages} family, not in the default run): cefshell's
 * invoke with {@link StageClock} on, the median of each stage from the request's arrival on CEF's thread to the
 * answer handed back to CEF. The rest of the round trip is the page's side and Chromium's process hops, which raw
 * JCEF pays too. Printed with the run's environment; its one row is the invoke measured with the clock on.
 */
final class StageCases {
    private StageCases() {
    }

    static List<CaseResult> run(Side cefshell, Side raw, Plan plan, int batch, Map<String, String> env) {
        String expression = "bench.latency(side.rt, bench.text(" + Plan.SMALL_PAYLOAD + "), " + plan.latencyWarmup()
                + ", " + plan.latencySamples() + ", " + batch + ")";
        cefshell.eval("bench.latency(side.rt, bench.text(" + Plan.SMALL_PAYLOAD + "), "
                + LatencyCases.JIT_WARMUP_CALLS + ", 1, 1)");
        StageClock.reset();
        Rounds.Both both = Rounds.alternate(plan.rounds(), cefshell, raw, side -> Rounds.doubles(side.eval(expression)));
        Map<String, Double> stages = StageClock.medians();
        if (!StageClock.ON) {
            throw new BenchFailure("the stage clock is off: the stages family needs -Dcefshell.ipc.stages=true at start");
        }
        List<String> parts = new ArrayList<>();
        double sum = 0;
        for (StageClock.Stage s : StageClock.Stage.values()) {
            double us = stages.get(s.name().toLowerCase(Locale.ROOT));
            sum += us;
            parts.add(s.name().toLowerCase(Locale.ROOT) + " " + Report.number(us));
        }
        env.put("stages", String.join(", ", parts) + "; sum " + Report.number(sum) + " µs (Java-side medians of "
                + stages.get("requests").intValue() + " invokes: " + describe() + ")");
        return List.of(new CaseResult("invoke-30b-staged", "invoke round trip, 30 B, stage clock on", "ms",
                Samples.of(both.cefshell()), Samples.of(both.raw()), "cefQuery round trip", Target.NONE,
                "measured with the stage clock on (its stamps cost a little)").withRounds(both.roundRatios()));
    }

    private static String describe() {
        List<String> out = new ArrayList<>();
        for (StageClock.Stage s : StageClock.Stage.values()) {
            out.add(s.name().toLowerCase(Locale.ROOT) + " = " + s.what);
        }
        return String.join("; ", out);
    }
}
