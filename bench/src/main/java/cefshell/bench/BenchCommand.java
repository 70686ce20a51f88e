package cefshell.bench;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import cefshell.ShellStartException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shell bench}: measures cefshell's IPC and startup against raw JCEF in the same run and prints medians,
 * p99 and the cefshell/raw ratio of each case (see BENCHMARKS.md for the method). Exit codes: 0 measured,
 * 1 the benchmark failed (Chromium did not start, a message was lost; with {@code --check} also a missed target),
 * 2 bad arguments.
 *
 * <p>Its own program (main class of {@code cefshell-bench.jar}, which the {@code cefshell} launcher script runs for
 * {@code cefshell bench}), so that {@code cefshell.jar} ships no benchmark. It keeps the name {@code shell bench},
 * so its help and errors read as before.
 */
@Command(name = "shell bench",
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

    @Option(names = "--isolated", description = "Run cefshell's side under context isolation: the driver in a "
            + "preload's isolated world, messages from Java through the bridge's pull.")
    boolean isolated;

    @Option(names = "--attach-cef-threads", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "cefshell's side with its CEF threads kept attached to the JVM, as cefshell does by default "
                    + "(--no-attach-cef-threads: JCEF's attach and detach for each call, as "
                    + "-Dcefshell.attachCefThreads=false); the raw side always has JCEF's way.")
    boolean attachCefThreads;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    boolean json;

    @Option(names = "--check", description = "Exit with 1 when a target is missed.")
    boolean check;

    @Option(names = "--only", split = ",", paramLabel = "FAMILY",
            description = "Only these case families: latency, throughput, echo, launch, stages (where a small "
                    + "invoke's time goes; not in the default run).")
    List<String> only;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new BenchCommand()).setParameterExceptionHandler((e, a) -> {
            // as the shell's usage errors: two lines instead of the whole help text
            PrintWriter err = e.getCommandLine().getErr();
            err.println("shell bench: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try 'shell bench --help' for more information.");
            err.flush();
            return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() {
        Set<String> families = new LinkedHashSet<>(only == null ? Bench.DEFAULT_FAMILIES : only);
        for (String f : families) {
            if (!Bench.FAMILIES.contains(f)) {
                System.err.println("bench: unknown case family '" + f + "' (use latency, throughput, echo, launch, stages)");
                return 2;
            }
        }
        if (families.contains("stages")) { // before any IPC class loads: the stage clock is fixed at class load
            System.setProperty("cefshell.ipc.stages", "true");
        }
        // passed on to a relaunched bench with the other arguments
        System.setProperty("cefshell.attachCefThreads", Boolean.toString(attachCefThreads));
        if (Relaunch.needed()) {
            return Relaunch.onPrivateDisplay(spec.commandLine().getParseResult().originalArgs());
        }
        try {
            Report report = Bench.run(quick, isolated, families, line -> System.err.println("bench: " + line));
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
