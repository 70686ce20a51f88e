package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

@ExtendWith(ShellExtension.class)
class BrowserWindowTest {
    @Test
    void aHiddenWindowLoadsAndFiresReadyToShow(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", "<html><head><title>hidden page</title></head></html>"));
        BrowserWindow w = new BrowserWindow(t.shell(), BrowserWindowOptions.builder().show(false).build(),
                origin + "/index.html");
        try {
            CountDownLatch ready = new CountDownLatch(1);
            w.onReadyToShow(ready::countDown);
            assertTrue(ready.await(15, TimeUnit.SECONDS), "ready-to-show never fired for a hidden window");
            assertFalse(w.isVisible());
            assertEquals("hidden page", w.webContents().getTitle());
            w.show();
            assertTrue(w.isVisible());
        } finally {
            w.close();
            Awaits.until("closed", 10, TimeUnit.SECONDS, w::isDestroyed);
        }
    }

    @Test
    void closeFiresClosedAndWindowCloseFromThePageToo(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", "<html><head><title>t</title></head></html>"));
        BrowserWindow a = new BrowserWindow(t.shell(), BrowserWindowOptions.defaults(), origin + "/index.html");
        BrowserWindow b = new BrowserWindow(t.shell(), BrowserWindowOptions.defaults(), origin + "/index.html");
        CountDownLatch closed = new CountDownLatch(2);
        a.onClosed(closed::countDown);
        b.onClosed(closed::countDown);
        Awaits.until("loaded", 15, TimeUnit.SECONDS, () -> "t".equals(a.webContents().getTitle())
                && "t".equals(b.webContents().getTitle()));
        a.close();
        b.webContents().executeJavaScript("window.close()");
        assertTrue(closed.await(15, TimeUnit.SECONDS), "closed did not fire for both windows");
        assertTrue(a.isDestroyed() && b.isDestroyed());
        assertFalse(t.shell().windows().contains(a) || t.shell().windows().contains(b));
    }

    @Test
    void aShownWindowsFirstPageIsItsFirstDocumentAtTheWindowsSize(TestWindows t) throws Exception {
        // as in Electron: new BrowserWindow() then loadURL() makes one history entry, and the page's first script
        // already sees the window's size (the browser is made on the URL, in the frame, not on a blank page first)
        String origin = t.serve(Map.of("index.html", "<html><head><script>document.title = "
                + "history.length + ' ' + innerWidth + 'x' + innerHeight;</script></head></html>"));
        BrowserWindow w = new BrowserWindow(t.shell(), BrowserWindowOptions.builder().size(520, 410).build());
        try {
            w.loadURL(origin + "/index.html");
            assertTrue(w.isVisible());
            Awaits.until("loaded", 15, TimeUnit.SECONDS, () -> w.webContents().getTitle().contains("x"));
            assertEquals("1 520x410", w.webContents().getTitle());
        } finally {
            w.close();
            Awaits.until("closed", 10, TimeUnit.SECONDS, w::isDestroyed);
        }
    }
}
