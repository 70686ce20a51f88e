package cefshell;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link Dialog#showMessageBox} shows (Electron's options of {@code dialog.showMessageBox}). Immutable.
 *
 * <pre>{@code
 * MessageBoxOptions.builder("Save changes before closing?")
 *         .type(MessageBoxOptions.Type.QUESTION)
 *         .buttons("Save", "Don't Save", "Cancel")
 *         .defaultId(0)
 *         .detail("Your changes will be lost if you don't save them.")
 *         .checkboxLabel("Always ask")
 *         .build();
 * }</pre>
 */
public final class MessageBoxOptions {
    /** Electron's {@code type}: the icon shown. */
    public enum Type { NONE, INFO, ERROR, QUESTION, WARNING }

    private final String message;
    private final Type type;
    private final List<String> buttons;
    private final int defaultId;
    private final int cancelId;
    private final String title;
    private final String detail;
    private final String checkboxLabel;
    private final boolean checkboxChecked;

    private MessageBoxOptions(Builder b) {
        this.message = b.message;
        this.type = b.type;
        this.buttons = b.buttons.isEmpty() ? List.of("OK") : b.buttons;
        this.defaultId = b.defaultId;
        this.cancelId = b.cancelId != null ? b.cancelId : defaultCancelId(buttons);
        this.title = b.title;
        this.detail = b.detail;
        this.checkboxLabel = b.checkboxLabel;
        this.checkboxChecked = b.checkboxChecked;
        if (defaultId >= buttons.size()) {
            throw new IllegalArgumentException("defaultId " + defaultId + " is not a button: " + buttons);
        }
    }

    /** Electron's rule: the first button labelled "Cancel" or "No", else 0. */
    private static int defaultCancelId(List<String> buttons) {
        for (int i = 0; i < buttons.size(); i++) {
            String label = buttons.get(i).toLowerCase(Locale.ROOT);
            if (label.equals("cancel") || label.equals("no")) {
                return i;
            }
        }
        return 0;
    }

    /** Options for a box showing {@code message}; every other option has Electron's default. */
    public static Builder builder(String message) {
        return new Builder(message);
    }

    /** The main text. */
    public String message() { return message; }

    public Type type() { return type; }

    /** The button labels, left to right; {@code ["OK"]} when none were given. */
    public List<String> buttons() { return buttons; }

    /** The index of the button selected when the box opens (Enter presses it); -1 for none. */
    public int defaultId() { return defaultId; }

    /** The response when the box is closed without a button (Escape, its close button). */
    public int cancelId() { return cancelId; }

    /** The box's title; null for none. */
    public String title() { return title; }

    /** More text, below the message; null for none. */
    public String detail() { return detail; }

    /** The label of a check box shown in the box; null for no check box. */
    public String checkboxLabel() { return checkboxLabel; }

    /** Whether that check box starts checked. */
    public boolean checkboxChecked() { return checkboxChecked; }

    public static final class Builder {
        private final String message;
        private Type type = Type.NONE;
        private List<String> buttons = List.of();
        private int defaultId = -1;
        private Integer cancelId;
        private String title;
        private String detail;
        private String checkboxLabel;
        private boolean checkboxChecked;

        private Builder(String message) {
            this.message = Objects.requireNonNull(message, "message == null");
        }

        public Builder type(Type type) {
            this.type = Objects.requireNonNull(type, "type == null");
            return this;
        }

        public Builder buttons(String... labels) {
            this.buttons = List.of(labels);
            return this;
        }

        public Builder defaultId(int index) {
            if (index < -1) {
                throw new IllegalArgumentException("defaultId < -1: " + index);
            }
            this.defaultId = index;
            return this;
        }

        public Builder cancelId(int index) {
            this.cancelId = index;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Builder checkboxLabel(String label) {
            this.checkboxLabel = label;
            return this;
        }

        public Builder checkboxChecked(boolean checked) {
            this.checkboxChecked = checked;
            return this;
        }

        public MessageBoxOptions build() {
            return new MessageBoxOptions(this);
        }
    }
}
