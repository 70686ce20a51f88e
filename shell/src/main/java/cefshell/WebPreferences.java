package cefshell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-page settings shared by {@link BrowserWindow} and {@link BrowserPanel} (Electron's {@code webPreferences}).
 *
 * <pre>{@code
 * WebPreferences prefs = WebPreferences.builder()
 *         .preload(Path.of("app/preload.js"))
 *         .trustedOrigin("https://example.com")
 *         .build();
 * }</pre>
 */
public final class WebPreferences {
    private final Path preload;
    private final List<String> trustedOrigins;
    private final boolean transparent;

    private WebPreferences(Builder b) {
        this.preload = b.preload;
        this.trustedOrigins = List.copyOf(b.trustedOrigins);
        this.transparent = b.transparent;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static WebPreferences defaults() {
        return builder().build();
    }

    /**
     * A script run in every document of the page after cefshell's bridge and before the page's own scripts, with
     * {@code require('electron')} (ipcRenderer, contextBridge) available; null for none.
     */
    public Path preload() { return preload; }

    /**
     * Origins (e.g. {@code https://example.com}) whose frames may use IPC in this page, besides the origins of URLs
     * Java itself loads into the page (always trusted). Frames of other origins are refused with a clear error.
     */
    public List<String> trustedOrigins() { return trustedOrigins; }

    /** See {@link Builder#transparent(boolean)}. */
    public boolean transparent() { return transparent; }

    public static final class Builder {
        private Path preload;
        private final List<String> trustedOrigins = new ArrayList<>();
        private boolean transparent;

        public Builder preload(Path script) {
            this.preload = script;
            return this;
        }

        public Builder trustedOrigin(String origin) {
            trustedOrigins.add(Objects.requireNonNull(origin, "origin == null"));
            return this;
        }

        /**
         * A page without a background of its own lets what is behind its panel show through (Electron's
         * {@code transparent}), e.g. for an overlay in a {@code JLayeredPane}. Needs off-screen rendering: creating
         * such a page in a shell started without {@link ShellOptions.Builder#offscreen(boolean) offscreen(true)}
         * throws {@code IllegalStateException}. Default false.
         */
        public Builder transparent(boolean transparent) {
            this.transparent = transparent;
            return this;
        }

        public WebPreferences build() {
            return new WebPreferences(this);
        }
    }
}
