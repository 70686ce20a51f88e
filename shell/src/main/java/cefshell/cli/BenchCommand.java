package cefshell.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import cefshell.ShellStartException;
import cefshell.internal.bench.Bench;
import cefshell.internal.bench.BenchFailure;
import cefshell.internal.bench.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shell bench}: measures cefshell's IPC and startup against raw JCEF in the same run and prints medians,
 * p99 and the cefshell/raw ratio of each case (see BENCHMARKS.md for the method). Exit codes: 0 measured,
 * 1 the benchmark failed (Chromium did not start, a message was lost; with {@code --check} also a missed target),
 * 2 bad arguments.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Measures IPC latency, throughput and large payloads, startup time and memory, through cefshell",
                "and through raw JCEF in the same run, and prints the ratios. Takes about 2 minutes (--quick: 1).",
                "Runs on a private Xvfb when there is no DISPLAY."},
        footer = {"", "Examples:",
                "  shell bench                    the full table",
                "  shell bench --quick --json     fewer samples, machine-readable",
                "  shell bench --only latency,echo"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Fewer samples and launches.")
    boolean quick;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    boolean json;

    @Option(names = "--check", description = "Exit with 1 when a target is missed.")
    boolean check;

    @Option(names = "--only", split = ",", paramLabel = "FAMILY",
            description = "Only these case families: latency, throughput, echo, launch.")
    List<String> only;

    @Override
    public Integer call() {
        Set<String> families = new LinkedHashSet<>(only == null ? Bench.FAMILIES : only);
        for (String f : families) {
            if (!Bench.FAMILIES.contains(f)) {
                System.err.println("bench: unknown case family '" + f + "' (use latency, throughput, echo, launch)");
                return 2;
            }
        }
        if (Relaunch.needed(false)) {
            return Relaunch.run(spec.commandLine().getParseResult().originalArgs(), List.of(), false);
        }
        try {
            Report report = Bench.run(quick, families, line -> System.err.println("bench: " + line));
            if (json) {
                report.printJson(System.out);
            } else {
                report.printTable(System.out);
            }
            return check && !report.allTargetsMet() ? 1 : 0;
        } catch (BenchFailure | ShellStartException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        }
    }
}
