package cefshell.internal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which of Java's set and CEF's report a page's zoom level answers with. Chromium-free. */
class ZoomLevelTest {
    @Test
    void cefsReportIsTakenWhileJavaHasNotSetALevel() {
        ZoomLevel z = new ZoomLevel();
        z.reported(1.5);
        assertEquals(1.5, z.get());
    }

    @Test
    void aReportQueuedBeforeTheSetWasAppliedDoesNotUndoIt() {
        ZoomLevel z = new ZoomLevel();
        z.set(2);
        z.reported(0); // read on CEF's UI thread before the set's task ran there
        assertEquals(2.0, z.get());
    }

    @Test
    void afterTheNextLoadStartsCefsLevelCountsAgain() {
        ZoomLevel z = new ZoomLevel();
        z.set(2);
        z.loadStarted();
        z.reported(0); // another origin, shown at its own level
        assertEquals(0.0, z.get());
    }

    @Test
    void aSetDuringALoadWinsOverThatLoadsReports() {
        ZoomLevel z = new ZoomLevel();
        z.loadStarted();
        z.reported(1);
        z.set(-1);
        z.reported(1);
        assertEquals(-1.0, z.get());
    }
}
