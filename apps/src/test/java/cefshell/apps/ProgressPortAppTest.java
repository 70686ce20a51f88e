package cefshell.apps;

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
 * apps/progress-port as a user runs it ({@code shell run apps/progress-port --headless}): the page's progress bar is
 * fed over a MessagePort by a Java worker, in order, and the page sees the port close when the job is done.
 */
class ProgressPortAppTest {
    @Test
    void theWorkersProgressReachesThePageInOrderAndThePortClosesAtTheEnd() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of("setsid", java, "-cp", System.getProperty("java.class.path"),
                "cefshell.cli.ShellCommand", "run", Path.of("progress-port").toAbsolutePath().toString(), "--headless"));
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
            while (page(lines).stream().noneMatch(l -> l.equals("job closed"))) {
                assertTrue(System.nanoTime() < deadline, "the job did not finish within 60 s: " + lines);
                assertTrue(p.isAlive(), "the shell ended early: " + lines);
                Thread.sleep(50);
            }
            assertTrue(page(lines).equals(List.of("progress 25%", "progress 50%", "progress 75%", "progress 100%",
                    "job closed")), lines.toString());
            assertTrue(lines.contains("job done: 20 steps"), lines.toString());
        } finally {
            new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).inheritIO().start().waitFor();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    /** The page's console lines, without the prefix and the source location the shell prints. */
    private static List<String> page(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("[page log] "))
                .map(l -> l.substring("[page log] ".length()).replaceAll("\\s+\\(app://.*\\)$", "")).toList();
    }
}
