package cefshell.apps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * apps/webview as a user runs it ({@code shell run apps/webview --headless}): two guests in two partitions say hello
 * to the host page with sendToHost, the host answers each with webview.send (a Date arrives as a Date), each guest
 * thanks it; both guests, of the same origin, count one visit each and see none of the host's storage.
 */
class WebviewAppTest {
    private static final Set<String> EXPECTED = Set.of(
            "host: left says hello (visits 1, host mark null)",
            "host: right says hello (visits 1, host mark null)",
            "left: the host says \"hi left\" (a Date)",
            "right: the host says \"hi right\" (a Date)",
            "host: left thanked",
            "host: right thanked");

    @Test
    void twoGuestsInTwoPartitionsTalkWithTheHostBothWays() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of("setsid", java, "-cp", System.getProperty("java.class.path"),
                "cefshell.cli.ShellCommand", "run", Path.of("webview").toAbsolutePath().toString(), "--headless"));
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
            while (!page(lines).containsAll(EXPECTED)) {
                assertTrue(System.nanoTime() < deadline, "the guests and the host did not talk within 60 s: " + lines);
                assertTrue(p.isAlive(), "the shell ended early: " + lines);
                Thread.sleep(50);
            }
        } finally {
            new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).inheritIO().start().waitFor();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    /** The pages' console lines, without the prefix and the source location the shell prints. */
    private static List<String> page(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("[page log] "))
                .map(l -> l.substring("[page log] ".length()).replaceAll("\\s+\\(app://.*\\)$", "")).toList();
    }
}
