package cefshell.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

import javax.swing.KeyStroke;

import org.junit.jupiter.api.Test;

/** Electron's accelerator strings, parsed as Electron parses them on Linux. No Chromium, no display. */
class AcceleratorTest {
    private static final int CTRL = Accelerator.CTRL;
    private static final int SHIFT = Accelerator.SHIFT;
    private static final int ALT = Accelerator.ALT;

    @Test
    void cmdOrCtrlIsControlAndTokensAreCaseInsensitive() {
        Accelerator a = Accelerator.parse("CmdOrCtrl+Shift+Z");
        assertEquals('Z', a.keyCode());
        assertEquals(CTRL | SHIFT, a.modifiers());
        assertTrue(a.matches('Z', CTRL | SHIFT));
        assertFalse(a.matches('Z', CTRL), "every modifier must be held, no more, no fewer");
        assertFalse(a.matches('Z', CTRL | SHIFT | ALT));
        assertEquals(CTRL | SHIFT, Accelerator.parse("commandorcontrol+SHIFT+z").modifiers());
        assertEquals(CTRL, Accelerator.parse("Control+A").modifiers());
    }

    @Test
    void functionAndNamedKeys() {
        assertTrue(Accelerator.parse("F11").matches(0x7A, 0));
        assertTrue(Accelerator.parse("Alt+F4").matches(0x73, ALT));
        assertTrue(Accelerator.parse("F24").matches(0x87, 0));
        assertTrue(Accelerator.parse("Ctrl+PageDown").matches(0x22, CTRL));
        assertTrue(Accelerator.parse("Esc").matches(0x1B, 0));
        assertTrue(Accelerator.parse("Return").matches(Accelerator.parse("Enter").keyCode(), 0));
        assertTrue(Accelerator.parse("Shift+Delete").matches(0x2E, SHIFT));
        assertTrue(Accelerator.parse("num5").matches(0x65, 0));
        assertTrue(Accelerator.parse("Ctrl+Space").matches(0x20, CTRL));
    }

    @Test
    void plusAndShiftedCharactersAddShiftAsInElectron() {
        assertTrue(Accelerator.parse("CmdOrCtrl+Plus").matches(0xBB, CTRL | SHIFT), "Plus is Shift and the = key");
        assertTrue(Accelerator.parse("CmdOrCtrl+=").matches(0xBB, CTRL));
        assertTrue(Accelerator.parse("CommandOrControl+-").matches(0xBD, CTRL));
        assertTrue(Accelerator.parse("Ctrl+?").matches(0xBF, CTRL | SHIFT));
        assertTrue(Accelerator.parse("Alt+!").matches('1', ALT | SHIFT));
        assertTrue(Accelerator.parse("Ctrl+/").matches(0xBF, CTRL));
        assertTrue(Accelerator.parse("Ctrl+0").matches('0', CTRL));
    }

    @Test
    void invalidStringsAreRefusedNamingTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Accelerator.parse("Ctrl+Foo")).getMessage()
                .contains("'Foo'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Accelerator.parse("Ctrl+Shift")).getMessage()
                .contains("doesn't contain a valid key"));
        assertThrows(IllegalArgumentException.class, () -> Accelerator.parse("Ctrl++"), "write Ctrl+Plus");
        assertThrows(IllegalArgumentException.class, () -> Accelerator.parse(""));
    }

    @Test
    void swingShowsTheSameShortcut() {
        assertEquals(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
                Accelerator.parse("CmdOrCtrl+Shift+Z").toKeyStroke());
        assertEquals(KeyStroke.getKeyStroke(KeyEvent.VK_F11, 0), Accelerator.parse("F11").toKeyStroke());
        assertEquals(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
                Accelerator.parse("CmdOrCtrl+Plus").toKeyStroke());
        assertEquals(KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK),
                Accelerator.parse("CmdOrCtrl+-").toKeyStroke());
        assertEquals(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), Accelerator.parse("Delete").toKeyStroke());
        assertEquals(KeyStroke.getKeyStroke(KeyEvent.VK_F13, InputEvent.ALT_DOWN_MASK),
                Accelerator.parse("Alt+F13").toKeyStroke());
        assertNull(Accelerator.parse("VolumeUp").toKeyStroke(), "Swing has no volume keys");
    }
}
