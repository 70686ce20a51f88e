package cefshell;

import java.util.Objects;

/**
 * Decides about the new windows a page asks for, with {@code window.open(...)} or a link with
 * {@code target="_blank"}: Electron's {@code webContents.setWindowOpenHandler}.
 *
 * <pre>{@code
 * // main.js: win.webContents.setWindowOpenHandler(({ url }) =>
 * //     url.startsWith('https:') ? (shell.openExternal(url), { action: 'deny' }) : { action: 'allow' })
 * win.webContents().setWindowOpenHandler(details -> {
 *     if (details.url().startsWith("https:")) {
 *         DesktopShell.openExternal(details.url());
 *         return WindowOpenHandler.Action.deny();
 *     }
 *     return WindowOpenHandler.Action.allow(BrowserWindowOptions.builder().size(400, 300).build());
 * });
 * }</pre>
 *
 * <p>An allowed window is a cefshell {@link BrowserWindow} (with the bridge and the opener's preload); the opener's
 * {@link WebContents#onDidCreateWindow} hears of it. The handler runs on the shell's event thread after the page's
 * {@code window.open} has returned, which returns {@code null}: the page gets no handle on the new window (see the
 * README).
 */
@FunctionalInterface
public interface WindowOpenHandler {
    /** Allow or deny; null counts as deny. A handler that throws denies (the error is logged). */
    Action handle(Details details);

    /**
     * What the page asked for.
     *
     * @param url         the URL to open, resolved against the page
     * @param frameName   the window name given to {@code window.open}, or the link's target
     * @param features    Electron's comma-separated window features; always "" here: JCEF does not pass them on
     * @param disposition always {@code foreground-tab} here: JCEF does not pass Chromium's disposition on
     * @param referrer    the opening frame's URL and the default referrer policy
     */
    record Details(String url, String frameName, String features, String disposition, Referrer referrer) { }

    /** Electron's {@code Referrer}: a URL and a policy such as {@code strict-origin-when-cross-origin}. */
    record Referrer(String url, String policy) { }

    /** The handler's answer: Electron's {@code {action: 'deny'}} or {@code {action: 'allow', ...}}. */
    final class Action {
        private static final Action DENY = new Action(false, null, false);
        private final boolean allowed;
        private final BrowserWindowOptions overrideBrowserWindowOptions;
        private final boolean outlivesOpener;

        private Action(boolean allowed, BrowserWindowOptions options, boolean outlivesOpener) {
            this.allowed = allowed;
            this.overrideBrowserWindowOptions = options;
            this.outlivesOpener = outlivesOpener;
        }

        /** No window. */
        public static Action deny() {
            return DENY;
        }

        /** A window with default options and the opener's web preferences. */
        public static Action allow() {
            return new Action(true, null, false);
        }

        /**
         * A window with {@code overrideBrowserWindowOptions}; its web preferences are the opener's unless the
         * options set their own, as in Electron.
         */
        public static Action allow(BrowserWindowOptions overrideBrowserWindowOptions) {
            return new Action(true, Objects.requireNonNull(overrideBrowserWindowOptions,
                    "overrideBrowserWindowOptions == null"), false);
        }

        /** This answer, with a window that stays open when its opener closes (Electron's {@code outlivesOpener}). */
        public Action outlivingOpener() {
            if (!allowed) {
                throw new IllegalStateException("a denied window cannot outlive its opener");
            }
            return new Action(true, overrideBrowserWindowOptions, true);
        }

        public boolean isAllowed() {
            return allowed;
        }

        /** The options given to {@link #allow(BrowserWindowOptions)}, or null. */
        public BrowserWindowOptions overrideBrowserWindowOptions() {
            return overrideBrowserWindowOptions;
        }

        /** Whether the window stays open when its opener closes; by default it closes with it, as in Electron. */
        public boolean outlivesOpener() {
            return outlivesOpener;
        }

        @Override
        public String toString() {
            return allowed ? "allow" + (overrideBrowserWindowOptions == null ? "" : " " + overrideBrowserWindowOptions) : "deny";
        }
    }
}
