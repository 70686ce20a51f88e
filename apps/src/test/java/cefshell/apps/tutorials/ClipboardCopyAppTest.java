package cefshell.apps.tutorials;

import static cefshell.apps.tutorials.PageUser.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.BrowserWindow;
import cefshell.Shell;
import cefshell.apps.SharedShell;

/**
 * apps/clipboard-copy: Electron's "Clipboard copy" example, its page, renderer.js and preload.js unchanged. The page
 * says: click "Copy", then paste (Ctrl+V) into the text field, which then shows the phrase "Electron Demo!".
 */
@ExtendWith(SharedShell.class)
class ClipboardCopyAppTest {
    @Test
    void clickingCopyPutsThePhraseOnTheClipboardAndCtrlVPastesIt(Shell shell) throws Exception {
        LaunchedApp app = LaunchedApp.launch(shell, Path.of("clipboard-copy"));
        BrowserWindow window = app.window();
        try {
            PageUser user = new PageUser(window);
            assertEquals("Clipboard copy", window.getTitle());
            user.focus("#copy-to-input");
            user.type("typed first");
            assertEquals("typed first", user.read("document.getElementById('copy-to-input').value"));
            user.click("#copy-to");
            until("the field says what to do", () -> "Copied! Paste here to see.".equals(
                    user.read("document.getElementById('copy-to-input').placeholder")));
            assertEquals("", user.read("document.getElementById('copy-to-input').value"), "Copy empties the field");
            until("the phrase is on the clipboard", () -> "Electron Demo!".equals(clipboardText()));

            user.focus("#copy-to-input");
            user.ctrl('v');
            until("the field shows the pasted phrase", () -> "Electron Demo!".equals(
                    user.read("document.getElementById('copy-to-input').value")));
        } finally {
            app.close();
        }
    }

    private static String clipboardText() {
        try {
            return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }
}
