package cefshell.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import cefshell.AppMain;
import cefshell.internal.app.AppFailedException;
import cefshell.internal.app.AppManifest;
import cefshell.internal.app.InvalidAppException;
import cefshell.internal.app.MainCompiler;
import cefshell.internal.typed.EndpointClasses;
import cefshell.internal.typed.TypeScriptDeclarations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code shell types <app-dir>}: compiles the app's main-side code as {@code shell run} does (same cache), finds the
 * classes with {@code @IpcEndpoint} methods and writes TypeScript declarations for their channels. Starts no
 * Chromium and runs none of the app's code.
 */
@Command(name = "types",
        sortOptions = false,
        description = {
                "Writes TypeScript declarations for an app's typed IPC channels.",
                "Compiles the app's main-side Java (app.json \"main\") as `shell run` does, finds every class with"
                        + " @IpcEndpoint methods and writes, for each channel, the arguments and result of"
                        + " ipcRenderer.invoke, with the records, POJOs and enums they name.",
                "Use the file together with cefshell.d.ts (bridge-js/types)."},
        footer = {
                "",
                "Examples:",
                "  shell types apps/notes                    writes apps/notes/ipc.d.ts",
                "  shell types apps/notes -o web/types/ipc.d.ts",
                "",
                "Exit codes:",
                "  0  written",
                "  1  the main code does not compile; two methods claim one channel",
                "  2  usage error: missing folder, bad app.json, no main code, no @IpcEndpoint method"})
final class TypesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<app-dir>", description = "The app folder.")
    Path appDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the declarations (default: <app-dir>/ipc.d.ts).")
    Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        try {
            AppManifest app = AppManifest.load(appDir, w -> System.err.println("cefshell: warning: " + w));
            if (app.main() == null) {
                System.err.println("cefshell: " + app.name() + " has no main-side Java code (app.json \"main\"),"
                        + " so it has no typed channels");
                return CommandLine.ExitCode.USAGE;
            }
            Path classes = new MainCompiler(System.err, m -> { }).compile(app);
            List<Class<?>> endpoints = EndpointClasses.in(classes, AppMain.class.getClassLoader());
            if (endpoints.isEmpty()) {
                System.err.println("cefshell: no class of " + app.name() + " has an @IpcEndpoint method");
                return CommandLine.ExitCode.USAGE;
            }
            String ts = TypeScriptDeclarations.of(app.name(), endpoints);
            Path target = output != null ? output : app.folder().resolve("ipc.d.ts");
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            Files.writeString(target, ts, StandardCharsets.UTF_8);
            long channels = ts.lines().filter(l -> l.startsWith("    '")).count();
            System.out.println("wrote " + channels + " channel(s) of " + endpoints.size() + " class(es) to " + target);
            return CommandLine.ExitCode.OK;
        } catch (InvalidAppException e) {
            System.err.println("cefshell: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (AppFailedException | IllegalArgumentException e) {
            System.err.println("cefshell: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        } catch (IOException e) {
            System.err.println("cefshell: cannot write " + output + ": " + e);
            return CommandLine.ExitCode.SOFTWARE;
        }
    }
}
