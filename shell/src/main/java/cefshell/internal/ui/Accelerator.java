package cefshell.internal.ui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.swing.KeyStroke;

/**
 * An Electron accelerator string ({@code "CmdOrCtrl+Shift+Z"}, {@code "F11"}, {@code "Alt+F4"}, {@code "CmdOrCtrl+Plus"})
 * parsed the way Electron parses it: tokens joined by {@code +}, case-insensitive, modifiers and one key. The key is
 * kept as Chromium's key code (the Windows virtual-key code, which CEF reports as {@code windows_key_code}); a
 * shifted character such as {@code Plus}, {@code ?} or {@code !} adds Shift, as in Electron ({@code CmdOrCtrl+Plus}
 * is Ctrl+Shift+= on a US keyboard). {@code CmdOrCtrl} is Ctrl, except on macOS where it is Cmd ({@link #META}).
 * Immutable; no Chromium and no display needed.
 */
public final class Accelerator {
    /** Modifier bits of {@link #modifiers()} and {@link #matches}. */
    public static final int CTRL = 1;
    public static final int SHIFT = 2;
    public static final int ALT = 4;
    /** Cmd on macOS, the Super (Windows) key elsewhere: Electron's {@code Command}, {@code Super}, {@code Meta}. */
    public static final int META = 8;
    public static final int ALT_GR = 16;

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

    /** Named keys: Chromium's key code for each of Electron's names. */
    private static final Map<String, Integer> NAMED = new HashMap<>();
    /** Single characters that are not letters or digits: key code, and whether Shift is part of them. */
    private static final Map<Character, int[]> CHARS = new HashMap<>();
    /** Chromium key codes whose AWT key code differs (for Swing's display of the shortcut). */
    private static final Map<Integer, Integer> AWT = new HashMap<>();

    static {
        NAMED.put("plus", 0xBB); // shifted: see CHARS
        NAMED.put("space", 0x20);
        NAMED.put("tab", 0x09);
        NAMED.put("capslock", 0x14);
        NAMED.put("numlock", 0x90);
        NAMED.put("scrolllock", 0x91);
        NAMED.put("backspace", 0x08);
        NAMED.put("delete", 0x2E);
        NAMED.put("insert", 0x2D);
        NAMED.put("return", 0x0D);
        NAMED.put("enter", 0x0D);
        NAMED.put("up", 0x26);
        NAMED.put("down", 0x28);
        NAMED.put("left", 0x25);
        NAMED.put("right", 0x27);
        NAMED.put("home", 0x24);
        NAMED.put("end", 0x23);
        NAMED.put("pageup", 0x21);
        NAMED.put("pagedown", 0x22);
        NAMED.put("escape", 0x1B);
        NAMED.put("esc", 0x1B);
        NAMED.put("volumeup", 0xAF);
        NAMED.put("volumedown", 0xAE);
        NAMED.put("volumemute", 0xAD);
        NAMED.put("medianexttrack", 0xB0);
        NAMED.put("mediaprevioustrack", 0xB1);
        NAMED.put("mediastop", 0xB2);
        NAMED.put("mediaplaypause", 0xB3);
        NAMED.put("printscreen", 0x2C);
        for (int i = 0; i <= 9; i++) {
            NAMED.put("num" + i, 0x60 + i);
        }
        NAMED.put("nummult", 0x6A);
        NAMED.put("numadd", 0x6B);
        NAMED.put("numsub", 0x6D);
        NAMED.put("numdec", 0x6E);
        NAMED.put("numdiv", 0x6F);
        for (int i = 1; i <= 24; i++) {
            NAMED.put("f" + i, 0x70 + i - 1);
        }
        // Chromium's KeyboardCodeFromCharCode for a US layout: {key code, 1 if the character needs Shift}
        Object[][] chars = {
                {' ', 0x20, 0}, {'!', 0x31, 1}, {'"', 0xDE, 1}, {'#', 0x33, 1}, {'$', 0x34, 1}, {'%', 0x35, 1},
                {'&', 0x37, 1}, {'(', 0x39, 1}, {')', 0x30, 1}, {'*', 0x38, 1}, {'+', 0xBB, 1}, {',', 0xBC, 0},
                {'-', 0xBD, 0}, {'.', 0xBE, 0}, {'/', 0xBF, 0}, {':', 0xBA, 1}, {';', 0xBA, 0}, {'<', 0xBC, 1},
                {'=', 0xBB, 0}, {'>', 0xBE, 1}, {'?', 0xBF, 1}, {'@', 0x32, 1}, {'[', 0xDB, 0}, {'\'', 0xDE, 0},
                {'\\', 0xDC, 0}, {']', 0xDD, 0}, {'^', 0x36, 1}, {'_', 0xBD, 1}, {'`', 0xC0, 0}, {'{', 0xDB, 1},
                {'|', 0xDC, 1}, {'}', 0xDD, 1}, {'~', 0xC0, 1},
        };
        for (Object[] c : chars) {
            CHARS.put((Character) c[0], new int[] {(Integer) c[1], (Integer) c[2]});
        }
        AWT.put(0x0D, KeyEvent.VK_ENTER);
        AWT.put(0x2E, KeyEvent.VK_DELETE);
        AWT.put(0x2D, KeyEvent.VK_INSERT);
        AWT.put(0x2C, KeyEvent.VK_PRINTSCREEN);
        AWT.put(0xBB, KeyEvent.VK_EQUALS);
        AWT.put(0xBC, KeyEvent.VK_COMMA);
        AWT.put(0xBD, KeyEvent.VK_MINUS);
        AWT.put(0xBE, KeyEvent.VK_PERIOD);
        AWT.put(0xBF, KeyEvent.VK_SLASH);
        AWT.put(0xBA, KeyEvent.VK_SEMICOLON);
        AWT.put(0xDB, KeyEvent.VK_OPEN_BRACKET);
        AWT.put(0xDC, KeyEvent.VK_BACK_SLASH);
        AWT.put(0xDD, KeyEvent.VK_CLOSE_BRACKET);
        AWT.put(0xDE, KeyEvent.VK_QUOTE);
        AWT.put(0xC0, KeyEvent.VK_BACK_QUOTE);
        for (int i = 13; i <= 24; i++) {
            AWT.put(0x70 + i - 1, KeyEvent.VK_F13 + i - 13);
        }
        for (int media = 0xAD; media <= 0xB3; media++) {
            AWT.put(media, KeyEvent.VK_UNDEFINED); // Swing has no volume or media keys
        }
    }

    private final String text;
    private final int keyCode;
    private final int modifiers;

    private Accelerator(String text, int keyCode, int modifiers) {
        this.text = text;
        this.keyCode = keyCode;
        this.modifiers = modifiers;
    }

    /**
     * Parses an accelerator.
     *
     * @throws IllegalArgumentException naming the string, when a token is unknown or no key is given
     */
    public static Accelerator parse(String accelerator) {
        if (accelerator == null || accelerator.isBlank()) {
            throw new IllegalArgumentException("empty accelerator");
        }
        int modifiers = 0;
        int key = -1;
        for (String raw : accelerator.split("\\+")) {
            String token = raw.strip();
            if (token.isEmpty()) {
                continue; // "Ctrl++" has no key, as in Electron: write "Ctrl+Plus"
            }
            String t = token.toLowerCase(Locale.ROOT);
            switch (t) {
                case "shift" -> modifiers |= SHIFT;
                case "ctrl", "control" -> modifiers |= CTRL;
                case "alt", "option" -> modifiers |= ALT;
                case "altgr" -> modifiers |= ALT_GR;
                case "cmd", "command", "super", "meta" -> modifiers |= META;
                case "cmdorctrl", "commandorcontrol" -> modifiers |= MAC ? META : CTRL;
                default -> {
                    int[] code = keyOf(t);
                    if (code == null) {
                        throw new IllegalArgumentException("Invalid accelerator token '" + token + "' in '"
                                + accelerator + "'");
                    }
                    key = code[0];
                    if (code[1] == 1) {
                        modifiers |= SHIFT;
                    }
                }
            }
        }
        if (key < 0) {
            throw new IllegalArgumentException("'" + accelerator + "' doesn't contain a valid key");
        }
        return new Accelerator(accelerator, key, modifiers);
    }

    /** {key code, 1 if shifted}, or null. */
    private static int[] keyOf(String t) {
        if (t.length() == 1) {
            char c = t.charAt(0);
            if (c >= 'a' && c <= 'z') {
                return new int[] {c - 'a' + 'A', 0};
            }
            if (c >= '0' && c <= '9') {
                return new int[] {c, 0};
            }
            return CHARS.get(c);
        }
        if (t.equals("plus")) {
            return new int[] {0xBB, 1};
        }
        Integer named = NAMED.get(t);
        return named == null ? null : new int[] {named, 0};
    }

    /** The key: Chromium's (Windows virtual-key) code, e.g. 0x5A for Z, 0x7A for F11. */
    public int keyCode() {
        return keyCode;
    }

    /** {@link #CTRL}, {@link #SHIFT}, {@link #ALT}, {@link #META}, {@link #ALT_GR} bits. */
    public int modifiers() {
        return modifiers;
    }

    /** Whether a key press (Chromium's key code and the modifier bits held) is this accelerator. */
    public boolean matches(int chromiumKeyCode, int heldModifiers) {
        return chromiumKeyCode == keyCode && heldModifiers == modifiers;
    }

    /** The same shortcut as a Swing key stroke (what a menu shows and binds); null for keys Swing does not know. */
    public KeyStroke toKeyStroke() {
        int awt = awtKeyCode(keyCode);
        if (awt == KeyEvent.VK_UNDEFINED) {
            return null;
        }
        return KeyStroke.getKeyStroke(awt, awtModifiers(modifiers));
    }

    /** AWT's key code for a Chromium (Windows virtual-key) code; {@code VK_UNDEFINED} for keys AWT does not know. */
    public static int awtKeyCode(int chromiumKeyCode) {
        return AWT.getOrDefault(chromiumKeyCode, chromiumKeyCode);
    }

    /** AWT's extended modifier mask ({@code InputEvent.CTRL_DOWN_MASK}...) for modifier bits of this class. */
    public static int awtModifiers(int modifiers) {
        int m = 0;
        if ((modifiers & CTRL) != 0) {
            m |= InputEvent.CTRL_DOWN_MASK;
        }
        if ((modifiers & SHIFT) != 0) {
            m |= InputEvent.SHIFT_DOWN_MASK;
        }
        if ((modifiers & ALT) != 0) {
            m |= InputEvent.ALT_DOWN_MASK;
        }
        if ((modifiers & META) != 0) {
            m |= InputEvent.META_DOWN_MASK;
        }
        if ((modifiers & ALT_GR) != 0) {
            m |= InputEvent.ALT_GRAPH_DOWN_MASK;
        }
        return m;
    }

    @Override
    public String toString() {
        return text;
    }
}
