package cefshell.internal.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dialog.ModalityType;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;

/**
 * A file chooser in a dialog of our own, modal to the parent's window only (document-modal: other windows stay
 * usable, as Electron's sheet-like dialogs). The answer comes from the chooser's approve/cancel actions and the
 * dialog's close button, not from a blocking {@code showDialog}, so two dialogs open at once answer in any order.
 */
final class ChooserDialog {
    private ChooserDialog() {
    }

    /** Shows {@code chooser}; {@code done} gets true (approved) or false (canceled), once. EDT only. */
    static void show(Component parent, JFileChooser chooser, String title, Consumer<Boolean> done) {
        JDialog dialog = new JDialog(ownerOf(parent), title, ModalityType.DOCUMENT_MODAL);
        dialog.getContentPane().add(chooser, BorderLayout.CENTER);
        boolean[] answered = new boolean[1];
        Consumer<Boolean> finish = approved -> {
            if (!answered[0]) {
                answered[0] = true;
                dialog.dispose();
                done.accept(approved);
            }
        };
        chooser.addActionListener(e -> finish.accept(JFileChooser.APPROVE_SELECTION.equals(e.getActionCommand())));
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                finish.accept(false);
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(parent);
        dialog.setVisible(true); // blocks in a nested event loop while modal; the answer arrives through finish
    }

    static Window ownerOf(Component parent) {
        if (parent == null) {
            return null;
        }
        return parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
    }

    /**
     * Electron's {@code defaultPath}: an existing folder is opened; anything else is proposed as the file, in its
     * folder if it names one, else in the folder the chooser opens on.
     */
    static void applyDefaultPath(JFileChooser chooser, Path defaultPath) {
        if (defaultPath == null) {
            return;
        }
        File f = defaultPath.toFile();
        if (f.isDirectory()) {
            chooser.setCurrentDirectory(f);
        } else if (defaultPath.getParent() == null) {
            chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), f.getName()));
        } else {
            chooser.setSelectedFile(f.getAbsoluteFile());
        }
    }
}
