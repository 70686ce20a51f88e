package cefshell.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
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

    /**
     * Then Ctrl-C ends the run with 0 well within the shell's 30 s shutdown bound: guests that JCEF closes at exit are
     * not moved out of their window meanwhile (that stalled CEF's shutdown in about every other run, exit code 3).
     */
    @Test
    void twoGuestsInTwoPartitionsTalkWithTheHostBothWays() throws Exception {
        try (AppRun run = AppRun.start("webview")) {
            run.awaitLines("the guests and the host talking", 60, r -> r.pageLines().containsAll(EXPECTED));
            run.ctrlC();
            assertTrue(run.process().waitFor(20, TimeUnit.SECONDS), "still running 20 s after Ctrl-C: " + run.lines());
            assertEquals(0, run.process().exitValue(), String.join("\n", run.lines()));
        }
    }
}
