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
    private final Boolean contextIsolation;
    private final boolean webviewTag;

    private WebPreferences(Builder b) {
        this.webviewTag = b.webviewTag;
        this.preload = b.preload;
        this.contextIsolation = b.contextIsolation;
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
     * A script run in every document of the page after cefshell's bridge and before the page's own scripts, in
     * Electron's sandboxed-preload environment: its own function scope, {@code require('electron')} (ipcRenderer,
     * contextBridge), {@code process}, {@code Buffer}; null for none.
     */
    public Path preload() { return preload; }

    /**
     * Whether the bridge and the preload run in a JavaScript world of their own (Electron's
     * {@code contextIsolation}): the page's scripts then see only what the preload exposes with
     * {@code contextBridge.exposeInMainWorld}, and neither {@code ipcRenderer} nor {@code require}. Unless set, on
     * when the page has a preload (Electron's default since v12) and off without one, so a page's own scripts can
     * {@code require('electron')} as the ipcRenderer docs do.
     */
    public boolean contextIsolation() {
        return contextIsolation != null ? contextIsolation : preload != null;
    }

    /**
     * Origins (e.g. {@code https://example.com}) whose frames may use IPC in this page, besides the origins of URLs
     * Java itself loads into the page (always trusted). Frames of other origins are refused with a clear error.
     */
    public List<String> trustedOrigins() { return trustedOrigins; }

    /** See {@link Builder#transparent(boolean)}. */
    public boolean transparent() { return transparent; }

    /** See {@link Builder#webviewTag(boolean)}. */
    public boolean webviewTag() { return webviewTag; }

    public static final class Builder {
        private Path preload;
        private final List<String> trustedOrigins = new ArrayList<>();
        private boolean transparent;
        private Boolean contextIsolation;
        private boolean webviewTag;

        /**
         * Whether the page may use the {@code <webview>} element (Electron's {@code webviewTag}; default false, as in
         * Electron): each element shows a guest page of its own, a separate {@link WebContents}, over the element's
         * rectangle. Without it {@code <webview>} is an unknown HTML element and no guest can be created.
         */
        public Builder webviewTag(boolean enabled) {
            this.webviewTag = enabled;
            return this;
        }

        /** See {@link WebPreferences#contextIsolation()}. */
        public Builder contextIsolation(boolean isolate) {
            this.contextIsolation = isolate;
            return this;
        }

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
