package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.NativeWindows;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * webContents.openDevTools / closeDevTools / isDevToolsOpened / toggleDevTools: Chromium's DevTools window, named
 * "DevTools - <url>", appears on the display and goes.
 */
@ExtendWith(ShellExtension.class)
class DevToolsTest {
    @Test
    void devToolsOpenCloseAndToggle(TestWindows t) {
        BrowserWindow w = t.page("<html><body>inspect me</body></html>");
        WebContents wc = w.webContents();
        String devToolsWindow = "DevTools - " + wc.getURL();
        assertFalse(wc.isDevToolsOpened());

        wc.openDevTools();
        assertTrue(wc.isDevToolsOpened(), "open at once, as in Electron");
        awaitWindows(devToolsWindow, 1);
        wc.openDevTools();
        assertTrue(wc.isDevToolsOpened());

        wc.closeDevTools();
        assertFalse(wc.isDevToolsOpened());
        awaitWindows(devToolsWindow, 0);

        wc.toggleDevTools();
        assertTrue(wc.isDevToolsOpened());
        awaitWindows(devToolsWindow, 1);
        assertEquals(2, ((Number) TestWindows.eval(w, "1 + 1")).intValue(), "the page still runs scripts");
        wc.toggleDevTools();
        assertFalse(wc.isDevToolsOpened());
        awaitWindows(devToolsWindow, 0);
    }

    @Test
    void devToolsAskedForBeforeThePageLoadedOpenOnceItHasAndCloseWithIt(TestWindows t) {
        String url = t.serve(Map.of("index.html", "<html><body>early</body></html>")) + "/index.html";
        BrowserWindow w = t.open(url);
        w.webContents().openDevTools(); // the browser may not exist yet
        assertTrue(w.webContents().isDevToolsOpened());
        awaitWindows("DevTools - " + url, 1);
        w.close();
        Awaits.until("page closed", 20, TimeUnit.SECONDS, w::isDestroyed);
        assertFalse(w.webContents().isDevToolsOpened());
        awaitWindows("DevTools - " + url, 0);
    }

    private static void awaitWindows(String name, int count) {
        Awaits.until(count + " window(s) named '" + name + "'", 20, TimeUnit.SECONDS,
                () -> NativeWindows.count(name) == count);
    }
}
