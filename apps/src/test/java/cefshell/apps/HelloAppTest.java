package cefshell.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        try (AppRun run = AppRun.start("hello")) {
            run.awaitLines("two pings and two pongs", 60,
                    r -> count(r.lines(), "ping") >= 2 && count(r.lines(), "[page log] pong") >= 2);
            Process p = run.process();
            List<ProcessHandle> helpers = p.descendants()
                    .filter(h -> h.info().commandLine().orElse("").contains("jcef_helper")).toList();
            assertTrue(!helpers.isEmpty(), "Chromium's helper processes should be running");
            run.ctrlC();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "still running after Ctrl-C: " + run.lines());
            for (ProcessHandle h : helpers) {
                h.onExit().get(10, TimeUnit.SECONDS); // throws TimeoutException if a helper outlives the shell
            }
            run.awaitOutput();
            List<String> lines = run.lines();
            assertEquals(0, p.exitValue(), String.join("\n", lines));
            assertEquals(2, count(lines, "ping"), lines.toString());
            assertEquals(2, count(lines, "[page log] pong"), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("[page log] hello from the page")), lines.toString());
        }
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.equals(prefix) || l.startsWith(prefix + " ")).count();
    }
}
