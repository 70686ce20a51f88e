package cefshell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Dialog#showOpenDialog} asks (Electron's options of {@code dialog.showOpenDialog}). Immutable.
 *
 * <pre>{@code
 * OpenDialogOptions.builder()
 *         .title("Open a picture")
 *         .filters(new FileFilter("Images", "jpg", "png"))
 *         .properties(OpenDialogOptions.Property.OPEN_FILE, OpenDialogOptions.Property.MULTI_SELECTIONS)
 *         .build();
 * }</pre>
 */
public final class OpenDialogOptions {
    /** Electron's {@code properties}: {@code openFile}, {@code openDirectory}, ... */
    public enum Property {
        /** Files can be chosen (the default when neither this nor {@link #OPEN_DIRECTORY} is given). */
        OPEN_FILE,
        /** Folders can be chosen; with {@link #OPEN_FILE}, both. */
        OPEN_DIRECTORY,
        /** Several entries can be chosen. */
        MULTI_SELECTIONS,
        /** Hidden files are listed. */
        SHOW_HIDDEN_FILES
    }

    private final String title;
    private final Path defaultPath;
    private final String buttonLabel;
    private final List<FileFilter> filters;
    private final Set<Property> properties;

    private OpenDialogOptions(Builder b) {
        this.title = b.title;
        this.defaultPath = b.defaultPath;
        this.buttonLabel = b.buttonLabel;
        this.filters = List.copyOf(b.filters);
        this.properties = b.properties.isEmpty() ? Set.of() : Set.copyOf(b.properties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static OpenDialogOptions defaults() {
        return builder().build();
    }

    /** The dialog's title; null for the look's own ("Open"). */
    public String title() { return title; }

    /** The folder shown first, or a file preselected in its folder; null for the user's home. */
    public Path defaultPath() { return defaultPath; }

    /** The text of the confirm button; null for the look's own ("Open"). */
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

        public OpenDialogOptions build() {
            return new OpenDialogOptions(this);
        }
    }
}
