package cefshell;

import java.util.Objects;

/**
 * How a {@link BrowserWindow} looks and starts. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * new BrowserWindow(shell, BrowserWindowOptions.builder().title("Hello").size(1024, 768).build());
 * }</pre>
 */
public final class BrowserWindowOptions {
    private final String title;
    private final int width;
    private final int height;
    private final boolean show;
    private final WebPreferences webPreferences;
    private final boolean webPreferencesGiven;

    private BrowserWindowOptions(Builder b) {
        this.title = b.title;
        this.width = b.width;
        this.height = b.height;
        this.show = b.show;
        this.webPreferences = b.webPreferences;
        this.webPreferencesGiven = b.webPreferencesGiven;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static BrowserWindowOptions defaults() {
        return builder().build();
    }

    /** The window title; null to follow the page's {@code <title>}. */
    public String title() { return title; }

    public int width() { return width; }

    public int height() { return height; }

    /** Whether the window is shown when created; false to show it later, e.g. on ready-to-show. */
    public boolean show() { return show; }

    /** Preload script and trusted origins of the window's page. */
    public WebPreferences webPreferences() { return webPreferences; }

    /** Whether the builder was given web preferences (a window opened by a page inherits its opener's otherwise). */
    boolean webPreferencesGiven() { return webPreferencesGiven; }

    public static final class Builder {
        private String title;
        private int width = 800;
        private int height = 600;
        private boolean show = true;
        private WebPreferences webPreferences = WebPreferences.defaults();
        private boolean webPreferencesGiven;

        public Builder webPreferences(WebPreferences prefs) {
            this.webPreferences = java.util.Objects.requireNonNull(prefs, "prefs == null");
            this.webPreferencesGiven = true;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder size(int width, int height) {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
            }
            this.width = width;
            this.height = height;
            return this;
        }

        public Builder show(boolean show) {
            this.show = show;
            return this;
        }

        public BrowserWindowOptions build() {
            return new BrowserWindowOptions(this);
        }
    }

    @Override
    public String toString() {
        return "BrowserWindowOptions{title=" + Objects.toString(title) + ", " + width + "x" + height + ", show=" + show + "}";
    }
}
