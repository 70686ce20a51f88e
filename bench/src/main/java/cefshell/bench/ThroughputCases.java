package cefshell.bench;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

/**
 * 20,000 small messages back to back. {@code send}: the page sends them in one turn of its event loop and the time
 * runs until Java has all of them (checked: all there, in order), against as many pipelined raw {@code cefQuery}
 * calls. Push: Java calls {@code webContents.send} 20,000 times and the time runs until the page has the last one
 * (checked likewise), against one raw {@code executeJavaScript} per message. Reported as messages per second.
 */
final class ThroughputCases {
    private static final int WARMUP_RUNS = 2;
    private ThroughputCases() {
    }

    static List<CaseResult> run(Side cefshell, Side raw, Plan plan) {
        return List.of(send(cefshell, raw, plan), push(cefshell, raw, plan));
    }

    private static CaseResult send(Side cefshell, Side raw, Plan plan) {
        Rounds.Both both = Rounds.alternate(plan.pipelineRuns() + WARMUP_RUNS, cefshell, raw, side -> {
            JsonObject r = side.eval("bench.pipelined(side.send, side.sendDone, " + Plan.MESSAGES + ", bench.text("
                    + Plan.SMALL_PAYLOAD + "))").getAsJsonObject();
            JsonObject totals = r.getAsJsonObject("result");
            int count = totals.get("count").getAsInt();
            boolean inOrder = totals.get("inOrder").getAsBoolean();
            Waits.check(count == Plan.MESSAGES && inOrder,
                    side.name() + " send: Java received " + count + " of " + Plan.MESSAGES + ", in order: " + inOrder);
            return List.of(Plan.MESSAGES / (r.get("ms").getAsDouble() / 1000));
        });
        return new CaseResult("send-20k", "send throughput, 20k pipelined", "msg/s", Samples.of(dropWarmup(both.cefshell())),
                Samples.of(dropWarmup(both.raw())), "pipelined cefQuery", Target.ratioAtLeast(8), "0 lost, in order (checked)")
                .withRounds(dropWarmup(both.roundRatios()));
    }

    private static CaseResult push(Side cefshell, Side raw, Plan plan) {
        String payload = "abcdefghijklmnopqrstuvwxyz0123456789".substring(0, Plan.SMALL_PAYLOAD);
        Rounds.Both both = Rounds.alternate(plan.pipelineRuns() + WARMUP_RUNS, cefshell, raw,
                side -> List.of(Plan.MESSAGES / (side.push(Plan.MESSAGES, payload) / 1000)));
        return new CaseResult("push-20k", "webContents.send push, 20k", "msg/s", Samples.of(dropWarmup(both.cefshell())),
                Samples.of(dropWarmup(both.raw())), "executeJavaScript per message", Target.ratioAtLeast(5),
                "all delivered, in order (checked)").withRounds(dropWarmup(both.roundRatios()));
    }

    /** The first runs of each side are warm-up: the JIT needs a few 10,000 messages on both ends. */
    private static List<Double> dropWarmup(List<Double> runs) {
        return new ArrayList<>(runs.subList(WARMUP_RUNS, runs.size()));
    }
}
