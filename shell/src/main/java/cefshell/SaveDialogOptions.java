package cefshell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Dialog#showSaveDialog} asks (Electron's options of {@code dialog.showSaveDialog}). Immutable.
 *
 * <pre>{@code
 * SaveDialogOptions.builder()
 *         .defaultPath(Path.of("notes.txt"))          // a bare name: in the folder the dialog opens on
 *         .filters(new FileFilter("Text", "txt"))
 *         .properties(SaveDialogOptions.Property.SHOW_OVERWRITE_CONFIRMATION)
 *         .build();
 * }</pre>
 */
public final class SaveDialogOptions {
    /** Electron's {@code properties} of a save dialog. */
    public enum Property {
        /** Hidden files are listed. */
        SHOW_HIDDEN_FILES,
        /** Choosing an existing file asks whether to replace it first. */
        SHOW_OVERWRITE_CONFIRMATION
    }

    private final String title;
    private final Path defaultPath;
    private final String buttonLabel;
    private final List<FileFilter> filters;
    private final Set<Property> properties;

    private SaveDialogOptions(Builder b) {
        this.title = b.title;
        this.defaultPath = b.defaultPath;
        this.buttonLabel = b.buttonLabel;
        this.filters = List.copyOf(b.filters);
        this.properties = b.properties.isEmpty() ? Set.of() : Set.copyOf(b.properties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SaveDialogOptions defaults() {
        return builder().build();
    }

    /** The dialog's title; null for the look's own ("Save"). */
    public String title() { return title; }

    /**
     * A folder to open on, a file to propose (its folder is opened), or a bare file name proposed in the folder the
     * dialog opens on; null for none.
     */
    public Path defaultPath() { return defaultPath; }

    /** The text of the confirm button; null for the look's own ("Save"). */
    public String buttonLabel() { return buttonLabel; }

    /** The file types offered, the first one selected; empty to list every file. */
    public List<FileFilter> filters() { return filters; }

    public Set<Property> properties() { return properties; }

    public boolean has(Property p) {
        return properties.contains(p);
    }

    public static final class Builder {
        private String title;
        private Path defaultPath;
        private String buttonLabel;
        private final List<FileFilter> filters = new ArrayList<>();
        private final Set<Property> properties = EnumSet.noneOf(Property.class);

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder defaultPath(Path path) {
            this.defaultPath = path;
            return this;
        }

        public Builder buttonLabel(String label) {
            this.buttonLabel = label;
            return this;
        }

        public Builder filters(FileFilter... filters) {
            for (FileFilter f : filters) {
                this.filters.add(Objects.requireNonNull(f, "filter == null"));
            }
            return this;
        }

        public Builder properties(Property... properties) {
            for (Property p : properties) {
                this.properties.add(Objects.requireNonNull(p, "property == null"));
            }
            return this;
        }

        public SaveDialogOptions build() {
            return new SaveDialogOptions(this);
        }
    }
}
