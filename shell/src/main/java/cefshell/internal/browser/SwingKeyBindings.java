package cefshell.internal.browser;

import java.awt.Component;
import java.awt.event.KeyEvent;

import javax.swing.SwingUtilities;

import cefshell.internal.ui.Accelerator;

/**
 * Gives a key press that Chromium's window received, and its page did not handle, to Swing's key bindings of the
 * window the page is in, as if Swing had received it: {@code WHEN_ANCESTOR_OF_FOCUSED_COMPONENT} bindings of the
 * page's ancestors and {@code WHEN_IN_FOCUSED_WINDOW} ones, which include the accelerators of the window's
 * {@code JMenuBar}. On the EDT, later; the page is not told whether Swing took it.
 */
final class SwingKeyBindings {
    private SwingKeyBindings() {
    }

    /** From any thread: replays a key press (Chromium's key code, {@link Accelerator} modifier bits). */
    static void replay(Component page, int chromiumKeyCode, int modifiers) {
        int awt = Accelerator.awtKeyCode(chromiumKeyCode);
        if (awt == KeyEvent.VK_UNDEFINED) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            if (page.isShowing()) {
                SwingUtilities.processKeyBindings(new KeyEvent(page, KeyEvent.KEY_PRESSED, System.currentTimeMillis(),
                        Accelerator.awtModifiers(modifiers), awt, KeyEvent.CHAR_UNDEFINED));
            }
        });
    }
}
