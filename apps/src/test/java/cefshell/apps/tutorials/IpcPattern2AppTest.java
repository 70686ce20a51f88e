package cefshell.apps.tutorials;

import static cefshell.apps.tutorials.PageUser.onEdt;
import static cefshell.apps.tutorials.PageUser.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import javax.swing.JFileChooser;
import javax.swing.JTextField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cefshell.BrowserWindow;
import cefshell.Shell;
import cefshell.apps.SharedShell;

/**
 * apps/ipc-pattern-2: Electron's IPC tutorial, "Pattern 2: Renderer to main (two-way)", its page, renderer.js and
 * preload.js unchanged. The tutorial says: click "Open a File", choose a file in the dialog, and the page shows its
 * path. Cancelling makes the main side return nothing, and the page then shows "undefined", as in Electron.
 */
@ExtendWith(SharedShell.class)
class IpcPattern2AppTest {
    @Test
    void openAFileShowsTheChosenPathAndCancelShowsUndefined(Shell shell, @TempDir Path dir) throws Exception {
        Path chosen = Files.writeString(Files.createDirectories(dir.resolve("pattern2")).resolve("notes.txt"), "hi");
        LaunchedApp app = LaunchedApp.launch(shell, Path.of("ipc-pattern-2"));
        BrowserWindow window = app.window();
        try {
            PageUser user = new PageUser(window);
            until("the window shows the page's title", () -> "Dialog".equals(window.getTitle()));
            assertEquals("", user.read("document.getElementById('filePath').innerText"));

            user.click("#btn");
            JFileChooser chooser = openChooser();
            user.click(fileNameField(chooser));
            user.type(chosen.toString());
            user.press(KeyEvent.VK_ENTER);
            // the dialog goes first: if it stays, the keys went astray, not the answer to the page
            until("the open dialog closes", () -> !onEdt(chooser::isShowing));
            until("the page shows the chosen file's path", () -> chosen.toString().equals(
                    user.read("document.getElementById('filePath').innerText")));

            user.click("#btn");
            user.click(fileNameField(openChooser()));
            user.press(KeyEvent.VK_ESCAPE);
            until("the page shows what a cancelled dialog returns", () -> "undefined".equals(
                    user.read("document.getElementById('filePath').innerText")));
        } finally {
            app.close();
        }
    }

    /** The open dialog, once it is on screen. */
    private static JFileChooser openChooser() {
        JFileChooser[] found = new JFileChooser[1];
        until("an open dialog is on screen", () -> {
            found[0] = onEdt(() -> Arrays.stream(Window.getWindows()).filter(Window::isShowing)
                    .map(w -> find(w, JFileChooser.class)).flatMap(Optional::stream).findFirst().orElse(null));
            return found[0] != null;
        });
        return found[0];
    }

    private static JTextField fileNameField(JFileChooser chooser) {
        return onEdt(() -> find(chooser, JTextField.class)).orElseThrow(() -> new AssertionError("no file name field"));
    }

    private static <T extends Component> Optional<T> find(Component c, Class<T> type) {
        if (type.isInstance(c)) {
            return Optional.of(type.cast(c));
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Optional<T> hit = find(child, type);
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }
}
