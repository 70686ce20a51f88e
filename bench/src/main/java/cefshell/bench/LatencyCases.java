package cefshell.bench;

import java.util.List;

/**
 * Sequential round trips of a 30-byte string, the page awaiting each before the next: {@code invoke},
 * {@code sendSync} and a MessagePort echo (page port to a Java {@code MessagePortMain} and back) against raw
 * {@code cefQuery} answered inline on the CEF UI thread.
 */
final class LatencyCases {
    /** How many cases {@link #run} returns (the report keeps families together). */
    static final int COUNT = 3;

    private LatencyCases() {
    }

    static List<CaseResult> run(Side cefshell, Side raw, Plan plan, int batch) {
        return List.of(
                measure("invoke-30b", "invoke round trip, 30 B", "rt", cefshell, raw, plan, batch, Target.ratioAtMost(1.10)),
                measure("sendsync-30b", "sendSync round trip, 30 B", "sync", cefshell, raw, plan, batch, Target.ratioAtMost(1.5)),
                measure("port-30b", "MessagePort round trip, 30 B", "portRt", cefshell, raw, plan, batch, Target.ratioAtMost(2.5)));
    }

    private static CaseResult measure(String id, String title, String cefshellCall, Side cefshell, Side raw, Plan plan,
                                      int batch, Target target) {
        Rounds.Both both = Rounds.alternate(plan.rounds(), cefshell, raw, side -> Rounds.doubles(side.eval(
                "bench.latency(side." + (side == raw ? "rt" : cefshellCall) + ", bench.text(" + Plan.SMALL_PAYLOAD + "), "
                        + plan.latencyWarmup() + ", " + plan.latencySamples() + ", " + batch + ")")));
        String note = batch > 1 ? "each sample is the mean of " + batch + " calls (coarse page clock)" : "";
        return new CaseResult(id, title, "ms", Samples.of(both.cefshell()), Samples.of(both.raw()),
                "cefQuery round trip", target, note);
    }
}
