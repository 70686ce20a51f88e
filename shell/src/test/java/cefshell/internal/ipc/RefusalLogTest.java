package cefshell.internal.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Refusals are logged sparingly, and those of a page that is gone not at all; every one is counted. */
class RefusalLogTest {
    @Test
    void eachKindIsLoggedAtItsFirstTenthAndHundredthAndAGonePagesNever() {
        List<String> lines = new ArrayList<>();
        RefusalLog log = new RefusalLog(lines::add);
        for (int i = 0; i < 150; i++) {
            log.refused(1, Refusal.malformed("bad"), "app://a", "app://a/index.html");
            log.refused(1, Refusal.gone("WebContents was destroyed"), "app://a", "app://a/index.html");
        }
        assertEquals(List.of(
                "malformed IPC message: bad (frame app://a/index.html; first refusal of its kind from this origin)",
                "malformed IPC message: bad (frame app://a/index.html; 10 such refusals so far)",
                "malformed IPC message: bad (frame app://a/index.html; 100 such refusals so far)"), lines);
        assertEquals(300, log.total());
    }
}
