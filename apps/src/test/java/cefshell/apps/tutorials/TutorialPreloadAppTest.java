package cefshell.apps.tutorials;

import static cefshell.apps.tutorials.PageUser.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.BrowserWindow;
import cefshell.Shell;
import cefshell.apps.SharedShell;

/**
 * apps/tutorial-preload: Electron's "Using Preload Scripts" tutorial, its page, renderer.js and preload.js unchanged.
 * The tutorial says: open the app and the page reads "This app is using Chrome (vX), Node.js (vY), and Electron
 * (vZ)", the versions coming from the preload's {@code process.versions} through {@code contextBridge}.
 */
@ExtendWith(SharedShell.class)
class TutorialPreloadAppTest {
    @Test
    void thePageShowsTheVersionsThePreloadExposes(Shell shell) throws Exception {
        LaunchedApp app = LaunchedApp.launch(shell, Path.of("tutorial-preload"));
        BrowserWindow window = app.window();
        try {
            PageUser user = new PageUser(window);
            until("the page shows the versions", () -> !"".equals(user.read("document.getElementById('info').innerText")));
            // cefshell's process.versions: node is the Java runtime's version, electron cefshell's (README)
            assertEquals("This app is using Chrome (v" + shell.chromiumVersion() + "), Node.js (v"
                            + System.getProperty("java.version") + "), and Electron (v" + cefshellVersion(user) + ")",
                    user.read("document.getElementById('info').innerText"));
            until("the window shows the page's title", () -> "Hello from Electron renderer!".equals(window.getTitle()));
            // what the page's own scripts see: only what the preload exposed, not the preload's require or process
            assertEquals("object undefined undefined", user.read("typeof versions + ' ' + typeof require + ' ' + typeof process"));
        } finally {
            app.close();
        }
    }

    /** cefshell's own version as the page gets it: checked for its shape here, its value comes from the build. */
    private static String cefshellVersion(PageUser user) {
        String v = (String) user.read("window.versions.electron()");
        if (!v.matches("\\d+\\.\\d+\\.\\d+.*")) {
            throw new AssertionError("not a version: " + v);
        }
        return v;
    }
}
