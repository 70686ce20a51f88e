package cefshell;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a file dialog's type list (Electron's {@code FileFilter}): a name and the extensions it shows, without
 * dots; {@code "*"} shows every file.
 *
 * <pre>{@code
 * new FileFilter("Images", "jpg", "png", "gif")
 * new FileFilter("All Files", "*")
 * }</pre>
 */
public record FileFilter(String name, List<String> extensions) {
    public FileFilter {
        Objects.requireNonNull(name, "name == null");
        extensions = List.copyOf(extensions);
        for (String e : extensions) {
            if (e.isEmpty() || e.startsWith(".")) {
                throw new IllegalArgumentException("extension without its dot, e.g. \"png\": '" + e + "'");
            }
        }
    }

    public FileFilter(String name, String... extensions) {
        this(name, List.of(extensions));
    }

    /** True when the filter shows every file ({@code "*"}). */
    public boolean acceptsAll() {
        return extensions.contains("*");
    }
}
