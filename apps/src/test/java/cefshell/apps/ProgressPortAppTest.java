package cefshell.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * apps/progress-port as a user runs it ({@code shell run apps/progress-port --headless}): the page's progress bar is
 * fed over a MessagePort by a Java worker, in order, and the page sees the port close when the job is done.
 */
class ProgressPortAppTest {
    @Test
    void theWorkersProgressReachesThePageInOrderAndThePortClosesAtTheEnd() throws Exception {
        try (AppRun run = AppRun.start("progress-port")) {
            run.awaitLines("the job's end", 60, r -> r.pageLines().contains("job closed"));
            assertEquals(List.of("progress 25%", "progress 50%", "progress 75%", "progress 100%", "job closed"),
                    run.pageLines(), run.lines().toString());
            assertTrue(run.lines().contains("job done: 20 steps"), run.lines().toString());
        }
    }
}
