package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** nativeTheme.themeSource as pages see it: prefers-color-scheme in matchMedia and its change events. */
@ExtendWith(ShellExtension.class)
class NativeThemeTest {
    private static final String PAGE = "<html><head><script>"
            + "const q = matchMedia('(prefers-color-scheme: dark)');"
            + "window.darkAtLoad = q.matches; window.changes = 0;"
            + "q.addEventListener('change', () => window.changes++);"
            + "</script></head><body>theme</body></html>";

    @Test
    void themeSourceSwitchesPagesOpenedBeforeAndAfter(TestWindows t) throws Exception {
        NativeTheme theme = t.shell().nativeTheme();
        LinkedBlockingQueue<String> updates = new LinkedBlockingQueue<>();
        theme.onUpdated(() -> updates.add(theme.themeSource().name()));
        BrowserWindow before = t.page(PAGE);
        assertEquals(false, TestWindows.eval(before, "darkAtLoad"), "light by default");
        try {
            theme.setThemeSource(NativeTheme.Source.DARK);
            assertTrue(theme.shouldUseDarkColors());
            assertEquals("DARK", updates.poll(10, TimeUnit.SECONDS));
            awaitDark(before, true);
            Awaits.until("the open page's change event", 10, TimeUnit.SECONDS,
                    () -> ((Number) TestWindows.eval(before, "changes")).intValue() == 1);

            BrowserWindow after = t.page(PAGE);
            assertEquals(true, TestWindows.eval(after, "darkAtLoad"), "a new page is dark from its first script");
            java.util.concurrent.CountDownLatch reloaded = new java.util.concurrent.CountDownLatch(1);
            after.webContents().onDidFinishLoad(reloaded::countDown);
            after.webContents().reload();
            assertTrue(reloaded.await(10, TimeUnit.SECONDS));
            assertEquals(true, TestWindows.eval(after, "darkAtLoad"), "still dark after a reload");

            theme.setThemeSource(NativeTheme.Source.LIGHT);
            assertFalse(theme.shouldUseDarkColors());
            assertEquals("LIGHT", updates.poll(10, TimeUnit.SECONDS));
            awaitDark(before, false);
            awaitDark(after, false);

            theme.setThemeSource(NativeTheme.Source.DARK);
            awaitDark(after, true);
            theme.setThemeSource(NativeTheme.Source.SYSTEM); // Chromium's own preference: light here
            awaitDark(after, false);
            assertFalse(theme.shouldUseDarkColors());
            assertEquals("DARK", updates.poll(10, TimeUnit.SECONDS));
            assertEquals("SYSTEM", updates.poll(10, TimeUnit.SECONDS));
        } finally {
            theme.setThemeSource(NativeTheme.Source.SYSTEM); // the shell is shared by the other test classes
        }
    }

    @Test
    void settingTheSameSourceAgainChangesNothing(TestWindows t) throws Exception {
        NativeTheme theme = t.shell().nativeTheme();
        LinkedBlockingQueue<String> updates = new LinkedBlockingQueue<>();
        theme.onUpdated(() -> updates.add(theme.themeSource().name()));
        theme.setThemeSource(NativeTheme.Source.SYSTEM);
        assertEquals(NativeTheme.Source.SYSTEM, theme.themeSource());
        assertEquals(null, updates.poll(300, TimeUnit.MILLISECONDS), "no update without a change");
    }

    private static void awaitDark(BrowserWindow w, boolean dark) {
        Awaits.until(w + " prefers-color-scheme: " + (dark ? "dark" : "light"), 10, TimeUnit.SECONDS,
                () -> Boolean.valueOf(dark).equals(
                        TestWindows.eval(w, "matchMedia('(prefers-color-scheme: dark)').matches")));
    }
}
