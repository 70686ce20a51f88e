package cefshell.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * apps/hello as a user runs it: {@code shell run apps/hello --headless} in its own process. The terminal shows the
 * main side's two "ping" lines and the page's two "pong" lines; Ctrl-C ends the run with 0 and leaves no Chromium
 * helper process behind.
 */
class HelloAppTest {
    @Test
    void helloPrintsTwoPingsAndTwoPongsAndCtrlCEndsItWithZero() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of("setsid", java, "-cp", System.getProperty("java.class.path"),
                "cefshell.cli.ShellCommand", "run", Path.of("hello").toAbsolutePath().toString(), "--headless"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(lines, "ping") < 2 || count(lines, "[page log] pong") < 2) {
                assertTrue(System.nanoTime() < deadline, "no ping/pong within 60 s: " + lines);
                assertTrue(p.isAlive(), "the shell ended early: " + lines);
                Thread.sleep(50);
            }
            List<ProcessHandle> helpers = p.descendants()
                    .filter(h -> h.info().commandLine().orElse("").contains("jcef_helper")).toList();
            assertTrue(!helpers.isEmpty(), "Chromium's helper processes should be running");
            // Ctrl-C in a terminal signals the whole foreground process group
            new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).inheritIO().start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "still running after Ctrl-C: " + lines);
            for (ProcessHandle h : helpers) {
                h.onExit().get(10, TimeUnit.SECONDS); // throws TimeoutException if a helper outlives the shell
            }
            reader.join(5000);
            assertEquals(0, p.exitValue(), String.join("\n", lines));
            assertEquals(2, count(lines, "ping"), lines.toString());
            assertEquals(2, count(lines, "[page log] pong"), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("[page log] hello from the page")), lines.toString());
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.equals(prefix) || l.startsWith(prefix + " ")).count();
    }
}
