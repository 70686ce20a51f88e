package cefshell.apps.tutorials;

import static cefshell.apps.tutorials.PageUser.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.BrowserWindow;
import cefshell.Menu;
import cefshell.Shell;
import cefshell.apps.SharedShell;

/**
 * apps/ipc-pattern-3: Electron's IPC tutorial, "Pattern 3: Main to renderer", its page, renderer.js and preload.js
 * unchanged. The tutorial says: the app's menu has Increment and Decrement; choosing one changes the counter the page
 * shows, and the page sends the new value back to the main process.
 */
@ExtendWith(SharedShell.class)
class IpcPattern3AppTest {
    @Test
    void incrementAndDecrementInTheMenuChangeThePagesCounter(Shell shell) throws Exception {
        LinkedBlockingQueue<Object> sentBack = new LinkedBlockingQueue<>();
        shell.ipcMain().on("counter-value", (event, args) -> sentBack.add(args.get(0)));
        LaunchedApp app = LaunchedApp.launch(shell, Path.of("ipc-pattern-3"));
        BrowserWindow window = app.window();
        try {
            PageUser user = new PageUser(window);
            assertEquals("Menu Counter", window.getTitle());
            assertEquals("0", user.read("document.getElementById('counter').innerText"));
            JMenuBar bar = PageUser.onEdt(() -> window.frame().getJMenuBar());
            JMenu appMenu = PageUser.onEdt(() -> bar.getMenu(0));
            assertEquals("ipc-pattern-3", PageUser.onEdt(appMenu::getText), "the menu is named after the app");

            choose(appMenu, "Increment");
            until("the counter shows 1", () -> "1".equals(user.read("document.getElementById('counter').innerText")));
            assertEquals(1.0, sentBack.poll(10, TimeUnit.SECONDS), "the page sent the new value to the main side");
            choose(appMenu, "Increment");
            until("2", () -> "2".equals(user.read("document.getElementById('counter').innerText")));
            choose(appMenu, "Decrement");
            choose(appMenu, "Decrement");
            choose(appMenu, "Decrement");
            until("-1", () -> "-1".equals(user.read("document.getElementById('counter').innerText")));
            assertEquals(2.0, sentBack.poll(10, TimeUnit.SECONDS));
            assertEquals(1.0, sentBack.poll(10, TimeUnit.SECONDS));
            assertEquals(0.0, sentBack.poll(10, TimeUnit.SECONDS));
            assertEquals(-1.0, sentBack.poll(10, TimeUnit.SECONDS));
        } finally {
            Menu.setApplicationMenu(null); // the application menu is the whole shell's
            app.close();
        }
    }

    /** Clicks the item of the menu bar's menu, as a user choosing it does. */
    private static void choose(JMenu menu, String label) {
        PageUser.onEdt(() -> {
            for (java.awt.Component c : menu.getMenuComponents()) {
                if (c instanceof JMenuItem item && label.equals(item.getText())) {
                    item.doClick();
                    return null;
                }
            }
            throw new AssertionError("no item " + label + " in " + menu.getText());
        });
    }
}
