package cefshell.apps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One sample app as a user runs it: {@code shell run <app> --headless} in a process group of its own (as a terminal
 * starts it, so that Ctrl-C reaches the whole group), without DISPLAY, its output collected line by line. Closing it
 * sends Ctrl-C and, if the run has not ended 30 s later, kills what is left.
 */
final class AppRun implements AutoCloseable {
    private static final String PAGE_LOG = "[page log] ";

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private AppRun(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "app-output");
        reader.start();
    }

    /** Starts {@code apps/<app>} (the test runs in the apps folder). */
    static AppRun start(String app) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder("setsid", java, "-cp", System.getProperty("java.class.path"),
                "cefshell.cli.ShellCommand", "run", Path.of(app).toAbsolutePath().toString(), "--headless")
                .redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        return new AppRun(pb.start());
    }

    Process process() {
        return process;
    }

    /** Every line the run printed so far. */
    List<String> lines() {
        return lines;
    }

    /** The pages' console lines, without the prefix and the source location the shell prints. */
    List<String> pageLines() {
        return lines.stream().filter(l -> l.startsWith(PAGE_LOG))
                .map(l -> l.substring(PAGE_LOG.length()).replaceAll("\\s+\\(app://.*\\)$", "")).toList();
    }

    /** Waits until {@code done} holds for the lines printed so far; fails when the run ends first or time is up. */
    void awaitLines(String what, int seconds, Predicate<AppRun> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.test(this)) {
            assertTrue(System.nanoTime() < deadline, what + " not within " + seconds + " s: " + lines);
            assertTrue(process.isAlive(), "the shell ended early: " + lines);
            Thread.sleep(50);
        }
    }

    /** Ctrl-C: a terminal signals the whole foreground process group. */
    void ctrlC() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start().waitFor();
    }

    /** Waits for the output to be read to its end, once the process has ended. */
    void awaitOutput() throws InterruptedException {
        reader.join(5000);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            ctrlC();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
