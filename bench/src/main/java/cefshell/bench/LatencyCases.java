package cefshell.bench;

import java.util.List;

/**
 * Sequential round trips of a 30-byte string, the page awaiting each before the next: {@code invoke},
 * {@code sendSync}, a MessagePort echo (page port to a Java {@code MessagePortMain} and back) and a {@code <webview>}
 * host-guest round trip against raw {@code cefQuery} answered inline on the CEF UI thread; and two floors in raw JCEF:
 * {@code cefQuery} and a blocking {@code window.prompt} answered by a thread of Java's own, as any design must that
 * keeps user code off CEF's threads.
 */
final class LatencyCases {
    /** How many cases {@link #run} returns (the report keeps families together). */
    static final int COUNT = 6;
    /**
     * Round trips of each kind before any is timed, so that both sides run JIT-compiled code: the first few thousand
     * run in the interpreter and the first compiler, and cefshell has more Java on the path than the raw handler.
     */
    static final int JIT_WARMUP_CALLS = 3000;

    private LatencyCases() {
    }

    /** @param webviewHost a cefshell page that can add a {@code <webview>} ({@link BenchPages#WEBVIEW_HOST}) */
    static List<CaseResult> run(Side cefshell, Side webviewHost, Side raw, Plan plan, int batch) {
        for (String call : List.of("rt", "sync", "portRt")) {
            cefshell.eval(latency(call, JIT_WARMUP_CALLS, 1, 1));
        }
        webviewHost.eval("side.wvOpen()");
        webviewHost.eval(latency("wvRt", JIT_WARMUP_CALLS, 1, 1));
        raw.eval(latency("rt", JIT_WARMUP_CALLS, 1, 1));
        raw.eval(latency("rtOff", JIT_WARMUP_CALLS, 1, 1));
        raw.eval(latency("syncOff", JIT_WARMUP_CALLS, 1, 1));
        return List.of(
                measure("invoke-30b", "invoke round trip, 30 B", "rt", cefshell, raw, plan, batch, Target.ratioAtMost(1.10)),
                measure("sendsync-30b", "sendSync round trip, 30 B", "sync", cefshell, raw, plan, batch, Target.ratioAtMost(1.5)),
                measure("port-30b", "MessagePort round trip, 30 B", "portRt", cefshell, raw, plan, batch, Target.ratioAtMost(2.5)),
                measure("webview-30b", "<webview> send -> sendToHost round trip, 30 B", "wvRt", webviewHost, raw, plan,
                        batch, Target.NONE, "host page wv.send -> the guest's ipcRenderer -> sendToHost -> the "
                                + "element's ipc-message: two messages, through Java, per round trip"),
                floor("floor-off-thread", "floor: raw cefQuery answered off CEF's thread", "rtOff",
                        "the raw handler answers from a plain Java thread; no cefshell code. The least a round trip "
                                + "costs in raw JCEF while user code stays off CEF's threads", raw, plan, batch),
                floor("floor-sync", "floor: raw window.prompt answered off CEF's thread", "syncOff",
                        "a blocking call in raw JCEF: the page's prompt answered by a JS dialog handler from a plain "
                                + "Java thread; no cefshell code. The least a blocking call costs in raw JCEF, which attaches CEF's "
                                + "thread to the JVM for every call (cefshell keeps its attached)", raw, plan, batch));
    }

    private static CaseResult measure(String id, String title, String cefshellCall, Side cefshell, Side raw, Plan plan,
                                      int batch, Target target) {
        return measure(id, title, cefshellCall, cefshell, raw, plan, batch, target, "");
    }

    private static CaseResult measure(String id, String title, String cefshellCall, Side cefshell, Side raw, Plan plan,
                                      int batch, Target target, String what) {
        Rounds.Both both = Rounds.alternate(plan.rounds(), cefshell, raw, side -> Rounds.doubles(side.eval(
                latency(side == raw ? "rt" : cefshellCall, plan.latencyWarmup(), plan.latencySamples(), batch))));
        return new CaseResult(id, title, "ms", Samples.of(both.cefshell()), Samples.of(both.raw()),
                "cefQuery round trip", target, join(what, note(batch))).withRounds(both.roundRatios());
    }

    private static String join(String what, String note) {
        return what.isEmpty() ? note : note.isEmpty() ? what : what + "; " + note;
    }

    /**
     * Raw JCEF twice, in alternating rounds: {@code rawCall} (in the cefshell column) against an inline-answered
     * {@code cefQuery}. No cefshell code runs; the ratio is the least that kind of call costs against the baseline.
     */
    private static CaseResult floor(String id, String title, String rawCall, String what, Side raw, Plan plan,
                                    int batch) {
        Side offThread = new Side() {
            @Override
            public String name() {
                return "raw " + rawCall;
            }

            @Override
            public com.google.gson.JsonElement eval(String expression) {
                return raw.eval(expression);
            }

            @Override
            public double push(int count, String payload) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        };
        Rounds.Both both = Rounds.alternate(plan.rounds(), offThread, raw, side -> Rounds.doubles(raw.eval(
                latency(side == raw ? "rt" : rawCall, plan.latencyWarmup(), plan.latencySamples(), batch))));
        return new CaseResult(id, title, "ms", Samples.of(both.cefshell()), Samples.of(both.raw()),
                "cefQuery round trip", Target.NONE, join(what, note(batch))).withRounds(both.roundRatios());
    }

    private static String latency(String call, int warmup, int samples, int batch) {
        return "bench.latency(side." + call + ", bench.text(" + Plan.SMALL_PAYLOAD + "), " + warmup + ", " + samples
                + ", " + batch + ")";
    }

    private static String note(int batch) {
        return batch > 1 ? "each sample is the mean of " + batch + " calls (coarse page clock)" : "";
    }
}
