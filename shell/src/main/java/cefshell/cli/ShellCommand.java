package cefshell.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code shell} command: runs app folders in Chromium ({@code shell run}) and checks the machine
 * ({@code shell doctor}). Exit codes: 0 ok, 1 a failure at run time (Chromium cannot start, the app's main code does
 * not compile or throws, doctor found a problem), 2 a usage error (bad arguments, no such app folder, bad app.json),
 * 3 when Chromium did not shut down in time (see {@code CefRuntime}); the README lists every code.
 */
@Command(name = "shell",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {RunCommand.class, NewCommand.class, PackageCommand.class, DoctorCommand.class, TypesCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        description = {
                "Runs web apps in Chromium with Java on the main side: Electron for Java.",
                "An app is a folder with an index.html and, optionally, an app.json naming its window, entry page,"
                        + " preload script and main-side Java code (compiled by `shell run`, no build step)."},
        footer = {
                "",
                "Examples:",
                "  shell run apps/hello                  open the app in apps/hello",
                "  shell run apps/hello --devtools       ... with Chromium's DevTools",
                "  shell run apps/hello --headless       ... on a private display: nothing shown",
                "  shell run apps/hello -- --port 8080   pass arguments to the app's main code",
                "  shell new my-app                      a new app folder, ready to run",
                "  shell package apps/hello              a self-contained app image in dist/",
                "  shell doctor                          check this machine",
                "  shell types apps/hello                TypeScript for its @IpcEndpoint channels",
                "  shell help run                        all options of `shell run`",
                "",
                "A source checkout also has `./cefshell bench`: IPC and startup against raw JCEF",
                "(BENCHMARKS.md), from a module of its own that cefshell.jar does not contain.",
                "",
                "Exit codes:",
                "  0  ok (also: the last window closed, Ctrl-C)",
                "  1  failure at run time: Chromium cannot start, the main code does not",
                "     compile or throws; doctor found a problem",
                "  2  usage error: bad arguments, missing app folder or entry page, bad app.json",
                "  3  Chromium did not shut down within 30 s: its helpers were killed, the JVM halted"})
public final class ShellCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        CliLogging.install();
        System.exit(commandLine().execute(args));
    }

    /** The command line with cefshell's short usage-error messages, coloured only on a terminal. */
    static CommandLine commandLine() {
        return new CommandLine(new ShellCommand())
                .setColorScheme(CommandLine.Help.defaultColorScheme(Colors.ansi()))
                .setParameterExceptionHandler(new ShortErrors());
    }

    /** {@code shell} alone: a usage error, with the usage. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: run, new, package, types or doctor");
    }
}
