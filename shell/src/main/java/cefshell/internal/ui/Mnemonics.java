package cefshell.internal.ui;

import java.awt.event.KeyEvent;

import javax.swing.JMenuItem;

/**
 * Electron's menu labels on Linux and Windows: {@code &} before a letter makes it the mnemonic (underlined; Alt and the
 * letter opens a menu of the menu bar), {@code &&} is a literal {@code &}.
 */
final class Mnemonics {
    private Mnemonics() {
    }

    /** Sets the item's text and mnemonic from an Electron label. */
    static void apply(JMenuItem item, String label) {
        StringBuilder text = new StringBuilder();
        int index = -1;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '&' && i + 1 < label.length()) {
                char next = label.charAt(++i);
                if (next != '&' && index < 0) {
                    index = text.length();
                }
                text.append(next);
            } else {
                text.append(c);
            }
        }
        item.setText(text.toString());
        if (index >= 0) {
            item.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(text.charAt(index)));
            item.setDisplayedMnemonicIndex(index);
        } else {
            item.setMnemonic(0);
        }
    }
}
