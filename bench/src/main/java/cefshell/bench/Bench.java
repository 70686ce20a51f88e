package cefshell.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cefshell.Shell;
import cefshell.ShellOptions;

/**
 * One benchmark run (the {@code shell bench} command): the launch cases first, in child processes, while this
 * process has not started Chromium yet; then Chromium here, with a cefshell window and a raw JCEF window side by
 * side, and the latency, throughput and echo cases on both. Needs an X display.
 */
public final class Bench {
    /** Case families that can be chosen with {@code --only}. */
    /** The families a run without {@code --only} measures. */
    public static final Set<String> DEFAULT_FAMILIES = Set.of("latency", "throughput", "echo", "launch");
    public static final Set<String> FAMILIES = Set.of("latency", "throughput", "echo", "launch", "stages");
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    private Bench() {
    }

    /** Runs the chosen families ({@link #FAMILIES}); progress goes to {@code log}. */
    public static Report run(boolean quick, Set<String> families, java.util.function.Consumer<String> log) {
        return run(quick, false, families, log);
    }

    /** As {@link #run(boolean, Set, java.util.function.Consumer)}; {@code isolated}: cefshell's side under context isolation. */
    public static Report run(boolean quick, boolean isolated, Set<String> families, java.util.function.Consumer<String> log) {
        Plan plan = quick ? Plan.brief() : Plan.full();
        Map<String, String> env = Environment.capture();
        List<CaseResult> cases = new ArrayList<>();
        Path pages = BenchPages.write();
        if (families.contains("launch")) {
            log.accept("launch: " + (plan.launches() * 2 + 1) + " child processes...");
            cases.addAll(LaunchCases.run(plan, pages));
        }
        if (families.stream().anyMatch(f -> !f.equals("launch"))) {
            Shell shell = Shell.start(ShellOptions.builder().build());
            env.put("chromium", shell.chromiumVersion() + " (CEF " + shell.cefVersion() + ")");
            try (Side raw = new RemoteRawSide(pages, WIDTH, HEIGHT);
                 Side cefshell = new CefshellSide(shell, pages, WIDTH, HEIGHT,
                         isolated ? CefshellSide.Mode.ISOLATED : CefshellSide.Mode.PAGE)) {
                double resolution = cefshell.eval("bench.clockResolution()").getAsDouble();
                int batch = resolution > 0.02 ? 10 : 1;
                env.put("pageClock", Report.number(resolution * 1000) + " µs steps; latency samples are means of "
                        + batch + " call" + (batch > 1 ? "s" : ""));
                if (families.contains("latency")) {
                    log.accept("latency...");
                    // the <webview> round trip runs in a page-world host of its own, whichever world the rest uses
                    try (Side webviewHost = new CefshellSide(shell, pages, WIDTH, HEIGHT, CefshellSide.Mode.WEBVIEW_HOST)) {
                        cases.addAll(0, LatencyCases.run(cefshell, webviewHost, raw, plan, batch));
                    }
                }
                if (families.contains("stages")) {
                    log.accept("stages...");
                    cases.addAll(StageCases.run(cefshell, raw, plan, batch, env));
                }
                if (families.contains("throughput")) {
                    log.accept("throughput...");
                    cases.addAll(Math.min(cases.size(), families.contains("latency") ? LatencyCases.COUNT : 0),
                            ThroughputCases.run(cefshell, raw, plan));
                }
                if (families.contains("echo")) {
                    log.accept("echo...");
                    int at = (families.contains("latency") ? LatencyCases.COUNT : 0) + (families.contains("throughput") ? 2 : 0);
                    cases.addAll(at, EchoCases.run(cefshell, raw, plan));
                }
            }
            env.put("cefThreads", Environment.cefThreads());
        }
        env.put("loadEnd", Environment.loadAverage());
        env.put("plan", quick ? "quick" : "full");
        env.put("cefshellWorld", isolated ? "context isolation: the driver runs in the preload's world" : "page world");
        return new Report(env, cases);
    }
}
