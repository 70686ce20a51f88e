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
 * apps/ipc-pattern-1: Electron's IPC tutorial, "Pattern 1: Renderer to main (one-way)", its page, renderer.js and
 * preload.js unchanged. The tutorial says: type a title in the input, click "Set", and the window's title becomes it.
 */
@ExtendWith(SharedShell.class)
class IpcPattern1AppTest {
    @Test
    void typingATitleAndClickingSetRetitlesTheWindow(Shell shell) throws Exception {
        LaunchedApp app = LaunchedApp.launch(shell, Path.of("ipc-pattern-1"));
        BrowserWindow window = app.window();
        try {
            PageUser user = new PageUser(window);
            until("the window shows the page's title", () -> "Hello World!".equals(window.getTitle()));
            user.focus("#title");
            user.type("My Electron App");
            assertEquals("My Electron App", user.read("document.getElementById('title').value"));
            user.click("#btn");
            until("the window's title is the typed one", () -> "My Electron App".equals(window.getTitle()));
            assertEquals("Hello World!", user.read("document.title"), "the page's own title stays");

            user.focus("#title");
            user.ctrl('a');
            user.type("Second title");
            user.click("#btn");
            until("and again", () -> "Second title".equals(window.getTitle()));
        } finally {
            app.close();
        }
    }
}
