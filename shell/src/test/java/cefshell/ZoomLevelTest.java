package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * webContents.getZoomLevel() tells what the page shows (its devicePixelRatio is 1.2 to the power of the level, on
 * Xvfb's 1:1 screen) after a set, after a reload, and after a navigation to another site (Chromium keeps a level per
 * origin), and it answers at once from any thread.
 */
@ExtendWith(ShellExtension.class)
class ZoomLevelTest {
    @Test
    void theLevelIsWhatThePageShows(TestWindows t) {
        BrowserWindow w = t.page("<!doctype html><p>first site</p>");
        String other = t.serve(Map.of("index.html", "<!doctype html><p>second site</p>"));
        assertEquals(0.0, w.webContents().getZoomLevel());

        w.webContents().setZoomLevel(2);
        assertEquals(2.0, w.webContents().getZoomLevel(), "read back at once");
        Awaits.until("the page is shown at 144 %", 10, TimeUnit.SECONDS, () -> shownLevel(w) == 2.0);

        reloadAndWait(w, () -> w.webContents().reload());
        assertEquals(2.0, shownLevel(w), "a reload keeps the level");
        assertEquals(2.0, w.webContents().getZoomLevel());

        reloadAndWait(w, () -> w.webContents().loadURL(other + "/index.html"));
        assertEquals(shownLevel(w), w.webContents().getZoomLevel(), "another site: the level it is shown at");
    }

    /**
     * A level set the moment a load finishes is what reads back, then and later: CEF reports the page's level on its
     * UI thread as the load ends, and a set posted to that thread a moment earlier may not have been applied yet.
     */
    @Test
    void aLevelSetAsTheLoadFinishesIsNotUndoneByIt(TestWindows t) throws Exception {
        BrowserWindow w = t.page("<!doctype html><p>reloaded</p>");
        AtomicReference<Double> wanted = new AtomicReference<>(0.0);
        w.webContents().onDidFinishLoad(() -> w.webContents().setZoomLevel(wanted.get()));
        for (int i = 1; i <= 12; i++) {
            double level = i % 2 == 0 ? 1 : 2;
            wanted.set(level);
            reloadAndWait(w, () -> w.webContents().reload());
            Awaits.until("the page is shown at level " + level, 10, TimeUnit.SECONDS, () -> shownLevel(w) == level);
            assertEquals(level, w.webContents().getZoomLevel(), "reload " + i);
        }
    }

    /** The zoom level the page is shown at, from its devicePixelRatio, to a tenth. */
    private static double shownLevel(BrowserWindow w) {
        double ratio = ((Number) TestWindows.eval(w, "devicePixelRatio")).doubleValue();
        return Math.round(Math.log(ratio) / Math.log(1.2) * 10) / 10.0;
    }

    private static void reloadAndWait(BrowserWindow w, Runnable navigation) {
        TestWindows.eval(w, "window.before = 1");
        navigation.run();
        Awaits.until("the new document loaded", 15, TimeUnit.SECONDS, () -> {
            try {
                return TestWindows.eval(w, "document.readyState === 'complete' && window.before === undefined")
                        .equals(Boolean.TRUE);
            } catch (AssertionError | RuntimeException notYet) {
                return false;
            }
        });
    }
}
