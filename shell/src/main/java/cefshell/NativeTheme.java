package cefshell;

import java.util.Objects;

import cefshell.internal.browser.Listeners;
import cefshell.internal.browser.PageColorScheme;

/**
 * The light or dark appearance pages are asked for (Electron's {@code nativeTheme}): {@link #setThemeSource} switches
 * the CSS media feature {@code prefers-color-scheme} of every page of the shell, open now or opened later, windows
 * and panels alike; pages see it in {@code matchMedia('(prefers-color-scheme: dark)')} and in their CSS at once.
 *
 * <pre>{@code
 * NativeTheme theme = shell.nativeTheme();
 * ipcMain.handle("dark-mode:toggle", (event, args) -> {
 *     theme.setThemeSource(theme.shouldUseDarkColors() ? NativeTheme.Source.LIGHT : NativeTheme.Source.DARK);
 *     return theme.shouldUseDarkColors();
 * });
 * ipcMain.handle("dark-mode:system", (event, args) -> {
 *     theme.setThemeSource(NativeTheme.Source.SYSTEM);
 *     return null;
 * });
 * }</pre>
 *
 * <p>{@link Source#SYSTEM} (the default) leaves the preference to Chromium. On Linux CEF does not follow the desktop's
 * setting: pages see light, unless the shell was started with the Chromium switch {@code --force-dark-mode}
 * ({@link ShellOptions.Builder#chromiumSwitch}); {@link #shouldUseDarkColors()} reports the same. Swing's look is not
 * changed. May be used from any thread.
 */
public final class NativeTheme {
    /** Electron's {@code themeSource} values. */
    public enum Source { SYSTEM, LIGHT, DARK }

    private final PageColorScheme pages;
    private final boolean systemDark;
    private final Listeners<Void> updated = new Listeners<>();
    private Source source = Source.SYSTEM; // guarded by this

    NativeTheme(PageColorScheme pages, boolean systemDark) {
        this.pages = pages;
        this.systemDark = systemDark;
    }

    /** The source set last; {@link Source#SYSTEM} until set. */
    public synchronized Source themeSource() {
        return source;
    }

    /**
     * Asks every page for this appearance; pages switch within milliseconds (their {@code matchMedia} listeners
     * fire while they are shown). Fires {@link #onUpdated} when the source changes.
     */
    public void setThemeSource(Source source) {
        Objects.requireNonNull(source, "source == null");
        synchronized (this) {
            if (this.source == source) {
                return;
            }
            this.source = source;
            pages.set(switch (source) {
                case SYSTEM -> null;
                case LIGHT -> Boolean.FALSE;
                case DARK -> Boolean.TRUE;
            });
        }
        updated.fire(null);
    }

    /** Whether pages are asked for dark colours now: {@code prefers-color-scheme: dark}. */
    public synchronized boolean shouldUseDarkColors() {
        return source == Source.DARK || source == Source.SYSTEM && systemDark;
    }

    /** Electron's {@code 'updated'}: after each change of the theme source; on the shell's event thread. */
    public void onUpdated(Runnable listener) {
        Objects.requireNonNull(listener, "listener == null");
        updated.add(v -> listener.run());
    }
}
