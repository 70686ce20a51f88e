package cefshell.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@code shell ...} as a real child process ({@code java -cp <test classpath> cefshell.cli.ShellCommand}),
 * bounded in time, and keeps its exit code and output for assertions. Nothing outlives a test: on a timeout the
 * process and its descendants are killed.
 */
final class ShellProcess {
    /** What a finished run left behind. */
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr + "---";
        }
    }

    static final long TIMEOUT_SECONDS = 40; // a whole run on a loaded 2-core machine, shutdown bound included

    private final Process process;
    private final String description;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread outPump;
    private final Thread errPump;

    private ShellProcess(Process process, String description) {
        this.process = process;
        this.description = description;
        this.outPump = pump(process.getInputStream(), out);
        this.errPump = pump(process.getErrorStream(), err);
    }

    /** Runs {@code shell args} to its end with the test JVM's environment. */
    static Result run(String... args) {
        return run(env -> { }, args);
    }

    /** Runs {@code shell args} to its end, with the test JVM's environment changed by {@code env}. */
    static Result run(Consumer<Map<String, String>> env, String... args) {
        return start(List.of(), env, args).finish();
    }

    /**
     * Starts {@code shell args}.
     *
     * @param prefix a command to run the JVM through, e.g. {@code setsid}; empty for none
     */
    static ShellProcess start(List<String> prefix, Consumer<Map<String, String>> env, String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(javaCommand(args));
        return launch(cmd, env, "shell " + String.join(" ", args));
    }

    /**
     * Runs {@code shell args} to its end on a pseudo-terminal, as from an interactive shell: util-linux's
     * {@code script} gives it one. Everything it prints arrives on stdout.
     */
    static Result runOnTerminal(Consumer<Map<String, String>> env, String... args) {
        StringBuilder line = new StringBuilder();
        for (String word : javaCommand(args)) {
            line.append(line.length() == 0 ? "" : " ").append("'").append(word.replace("'", "'\\''")).append("'");
        }
        return launch(List.of("script", "-qefc", line.toString(), "/dev/null"), env,
                "shell " + String.join(" ", args) + " on a terminal").finish();
    }

    /** Starts any command (e.g. a packaged app's launcher), with the test JVM's environment changed by {@code env}. */
    static ShellProcess exec(List<String> command, Consumer<Map<String, String>> env) {
        return launch(command, env, String.join(" ", command));
    }

    private static List<String> javaCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", // start fast; these runs are short
                "-cp", System.getProperty("java.class.path"),
                ShellCommand.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static ShellProcess launch(List<String> cmd, Consumer<Map<String, String>> env, String description) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        env.accept(pb.environment());
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            return new ShellProcess(p, description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    String stdout() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until stdout contains {@code text}. */
    void awaitStdout(String text) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!stdout().contains(text)) {
            if (System.nanoTime() > deadline || !process.isAlive() && !stdout().contains(text)) {
                kill();
                throw new AssertionError("no '" + text + "' from " + description + "\n" + result(-1));
            }
            sleep(20);
        }
    }

    /** Waits (bounded) for the end and returns the result. */
    Result finish() {
        return finish(TIMEOUT_SECONDS);
    }

    /** Waits at most {@code timeoutSeconds} for the end and returns the result. */
    Result finish(long timeoutSeconds) {
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                kill();
                throw new AssertionError(description + " did not finish within " + timeoutSeconds + " s\n"
                        + result(-1));
            }
            outPump.join(5000);
            errPump.join(5000);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
        return result(process.exitValue());
    }

    private Result result(int code) {
        synchronized (err) {
            return new Result(code, stdout(), err.toString(StandardCharsets.UTF_8));
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "shell-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
