package cefshell.internal.ui;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

import cefshell.MessageBoxOptions;
import cefshell.MessageBoxResult;

/**
 * Electron's message box as a {@link JOptionPane} in a dialog modal to the parent's window only. The answer is read
 * from the pane's value as it changes, not from a blocking {@code showOptionDialog}, so boxes open at once answer in
 * any order.
 */
public final class MessageBoxes {
    /** A button of the box: its index travels as the pane's value, so two buttons may share a label. */
    private record Button(int index, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private MessageBoxes() {
    }

    /** Shows the box on the EDT (later, from any thread) and completes {@code result} off the EDT. */
    public static void show(Component parent, MessageBoxOptions options, CompletableFuture<MessageBoxResult> result) {
        DialogResults.showLater(result, () -> {
            List<Object> content = new ArrayList<>();
            content.add(options.message());
            if (options.detail() != null) {
                content.add(options.detail());
            }
            JCheckBox checkbox = null;
            if (options.checkboxLabel() != null) {
                checkbox = new JCheckBox(options.checkboxLabel(), options.checkboxChecked());
                content.add(checkbox);
            }
            Button[] buttons = new Button[options.buttons().size()];
            for (int i = 0; i < buttons.length; i++) {
                buttons[i] = new Button(i, options.buttons().get(i));
            }
            JOptionPane pane = new JOptionPane(content.toArray(), messageType(options.type()),
                    JOptionPane.DEFAULT_OPTION, null, buttons,
                    options.defaultId() >= 0 ? buttons[options.defaultId()] : null);
            JDialog dialog = pane.createDialog(parent, options.title() == null ? "" : options.title());
            dialog.setModalityType(java.awt.Dialog.ModalityType.DOCUMENT_MODAL);
            JCheckBox box = checkbox;
            boolean[] answered = new boolean[1];
            pane.addPropertyChangeListener(JOptionPane.VALUE_PROPERTY, e -> {
                Object v = e.getNewValue();
                if (v == JOptionPane.UNINITIALIZED_VALUE || answered[0]) {
                    return; // the pane resets its value when shown
                }
                answered[0] = true;
                int response = v instanceof Button b ? b.index() : options.cancelId();
                dialog.dispose();
                DialogResults.complete(result, new MessageBoxResult(response, box != null && box.isSelected()));
            });
            dialog.setVisible(true); // blocks in a nested event loop while modal; the answer arrives above
        });
    }

    private static int messageType(MessageBoxOptions.Type type) {
        return switch (type) {
            case NONE -> JOptionPane.PLAIN_MESSAGE;
            case INFO -> JOptionPane.INFORMATION_MESSAGE;
            case ERROR -> JOptionPane.ERROR_MESSAGE;
            case QUESTION -> JOptionPane.QUESTION_MESSAGE;
            case WARNING -> JOptionPane.WARNING_MESSAGE;
        };
    }
}
