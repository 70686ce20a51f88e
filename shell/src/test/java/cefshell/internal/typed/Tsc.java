package cefshell.internal.typed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The TypeScript compiler from npm, installed once into {@code target/typescript} (so a second run of the suite
 * costs nothing) and run with Node. No npm or no registry is a test failure that says so, never a skip.
 */
public final class Tsc {
    private static final Path HOME = Path.of("target", "typescript").toAbsolutePath();
    private static final Path TSC = HOME.resolve("node_modules/typescript/bin/tsc");

    private Tsc() {
    }

    public record Result(int exitCode, String output) { }

    /** {@code tsc --noEmit --strict} over {@code files}. */
    static Result check(List<Path> files) throws IOException, InterruptedException {
        return check(List.of(), files);
    }

    /** {@code tsc --noEmit --strict <options>} over {@code files}, e.g. with {@code --allowJs --checkJs}. */
    public static synchronized Result check(List<String> options, List<Path> files)
            throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of("node", TSC.toString(), "--noEmit", "--strict", "--target",
                "es2022", "--lib", "es2022,dom"));
        command.addAll(options);
        files.forEach(f -> command.add(f.toString()));
        return run(command, HOME);
    }

    private static void install() throws IOException, InterruptedException {
        if (Files.isRegularFile(TSC)) {
            return;
        }
        Files.createDirectories(HOME);
        Result r;
        try {
            r = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toString(), "typescript@5"),
                    HOME);
        } catch (IOException e) {
            throw new AssertionError("this test needs npm (Node.js) to install the TypeScript compiler: " + e, e);
        }
        if (r.exitCode() != 0 || !Files.isRegularFile(TSC)) {
            throw new AssertionError("npm install typescript@5 failed (exit " + r.exitCode() + "):\n" + r.output());
        }
    }

    private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
