package cefshell.apps.tutorials;

import static cefshell.apps.tutorials.PageUser.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.BrowserWindow;
import cefshell.NativeTheme;
import cefshell.Shell;
import cefshell.apps.SharedShell;

/**
 * apps/dark-mode: Electron's "Dark Mode" example, its page, renderer.js, preload.js and styles.css unchanged. The
 * example says: "Toggle Dark Mode" switches the page between dark (background #333) and light (#ddd) and names the
 * theme; "Reset to System Theme" goes back to the system's (light here: CEF on Linux does not follow the desktop).
 */
@ExtendWith(SharedShell.class)
class DarkModeAppTest {
    private static final String BACKGROUND = "getComputedStyle(document.body).backgroundColor";

    @Test
    void toggleSwitchesThePageBetweenDarkAndLightAndResetGoesBackToTheSystemTheme(Shell shell) throws Exception {
        LaunchedApp app = LaunchedApp.launch(shell, Path.of("dark-mode"));
        BrowserWindow window = app.window();
        try {
            PageUser user = new PageUser(window);
            assertEquals("System", user.read("document.getElementById('theme-source').innerText"));
            assertEquals("rgb(221, 221, 221)", user.read(BACKGROUND), "the system theme is light here");

            user.click("#toggle-dark-mode");
            until("the page says Dark", () -> "Dark".equals(user.read("document.getElementById('theme-source').innerText")));
            until("and is dark", () -> "rgb(51, 51, 51)".equals(user.read(BACKGROUND)));

            user.click("#toggle-dark-mode");
            until("the page says Light", () -> "Light".equals(user.read("document.getElementById('theme-source').innerText")));
            until("and is light", () -> "rgb(221, 221, 221)".equals(user.read(BACKGROUND)));

            user.click("#toggle-dark-mode");
            until("dark again", () -> "Dark".equals(user.read("document.getElementById('theme-source').innerText")));
            user.click("#reset-to-system");
            until("the page says System", () -> "System".equals(user.read("document.getElementById('theme-source').innerText")));
            until("and is light again", () -> "rgb(221, 221, 221)".equals(user.read(BACKGROUND)));
            assertEquals(NativeTheme.Source.SYSTEM, shell.nativeTheme().themeSource());
        } finally {
            shell.nativeTheme().setThemeSource(NativeTheme.Source.SYSTEM); // the theme is the whole shell's
            app.close();
        }
    }
}
