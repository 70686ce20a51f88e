package cefshell.internal.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The stage clock's bookkeeping (its stamps are placed in {@link Inbound}; the bench reads the medians). */
class StageClockTest {
    @Test
    void offUnlessAskedFor() {
        assertFalse(StageClock.ON, "the suite runs without -Dcefshell.ipc.stages");
        assertEquals(null, StageClock.start());
    }

    @Test
    void aRequestStampedInOrderIsRecordedOnceWithEveryStage() {
        StageClock.reset();
        StageClock.Stamps stamps = new StageClock.Stamps();
        for (StageClock.Stage s : StageClock.Stage.values()) {
            stamps.stamp(s);
        }
        stamps.stamp(StageClock.Stage.ANSWER); // a second answer (a sendSync's timeout after its reply) changes nothing
        Map<String, Double> m = StageClock.medians();
        assertEquals(1.0, m.get("requests"));
        for (StageClock.Stage s : StageClock.Stage.values()) {
            double us = m.get(s.name().toLowerCase(java.util.Locale.ROOT));
            assertTrue(us >= 0 && us < 1_000_000, s + ": " + us);
        }
    }

    @Test
    void aRequestMissingAStageIsNotRecorded() {
        StageClock.reset();
        StageClock.Stamps stamps = new StageClock.Stamps();
        stamps.stamp(StageClock.Stage.INTAKE);
        stamps.stamp(StageClock.Stage.PARSE);   // out of order: its handoff was never stamped
        stamps.stamp(StageClock.Stage.HANDLER);
        stamps.stamp(StageClock.Stage.ANSWER);
        assertEquals(0.0, StageClock.medians().get("requests"));
        assertTrue(StageClock.medians().get("answer").isNaN());
    }
}
