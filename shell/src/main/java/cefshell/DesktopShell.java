package cefshell;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import cefshell.internal.desktop.DesktopLauncher;

/**
 * Electron's {@code shell} module: hands URLs to the desktop's browser and shows files in its file manager. In Java
 * the name {@code Shell} is the running Chromium shell (Electron's {@code app}), so this one is {@code DesktopShell}.
 *
 * <pre>{@code
 * // main.js: shell.openExternal('https://www.electronjs.org')
 * DesktopShell.openExternal("https://www.electronjs.org");
 * // a common pattern: links that leave the app go to the desktop's browser
 * win.webContents().setWindowOpenHandler(details -> {
 *     DesktopShell.openExternal(details.url());
 *     return WindowOpenHandler.Action.deny();
 * });
 * }</pre>
 *
 * <p>On Linux the desktop is asked through {@code xdg-open} (which honours {@code $BROWSER} outside a desktop
 * session), on macOS through {@code open}; the system property {@code cefshell.open.command} names another launcher
 * (e.g. {@code firefox --new-window}), which then gets the URL or folder as its last argument. Every method may be
 * called from any thread and returns at once; nothing of the shell needs to be started.
 */
public final class DesktopShell {
    /** The schemes {@link #openExternal(String)} opens: web pages and mail. */
    public static final Set<String> DEFAULT_SCHEMES = Set.of("http", "https", "mailto");

    private DesktopShell() {
    }

    /**
     * Opens {@code url} in the desktop's application for it, e.g. the default browser (Electron's
     * {@code shell.openExternal}). Only {@code http}, {@code https} and {@code mailto} URLs are opened: a page-chosen
     * {@code file:} or custom-scheme URL could start programs, so those need {@link #openExternal(String, Set)}.
     *
     * @return completes once the desktop took the URL; fails with {@link IllegalArgumentException} for a URL that is
     *         malformed or of another scheme, and with an {@link java.io.IOException} when no launcher could open it
     */
    public static CompletableFuture<Void> openExternal(String url) {
        return openExternal(url, DEFAULT_SCHEMES);
    }

    /** {@link #openExternal(String)} for the given schemes (lowercase, e.g. {@code Set.of("https", "zoommtg")}). */
    public static CompletableFuture<Void> openExternal(String url, Set<String> allowedSchemes) {
        Objects.requireNonNull(url, "url == null");
        Objects.requireNonNull(allowedSchemes, "allowedSchemes == null");
        String scheme;
        try {
            scheme = URI.create(url).getScheme();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("openExternal: not a URL: " + url, e));
        }
        if (scheme == null || !allowedSchemes.contains(scheme.toLowerCase(Locale.ROOT))) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("openExternal: '" + url
                    + "' is not opened: only " + new java.util.TreeSet<>(allowedSchemes) + " URLs are (pass the scheme "
                    + "to openExternal(url, allowedSchemes) to open others)"));
        }
        return DesktopLauncher.open(url);
    }

    /**
     * Shows {@code path} in the desktop's file manager (Electron's {@code shell.showItemInFolder}): selected where the
     * file manager offers that (the freedesktop {@code FileManager1} interface), else its folder is opened.
     *
     * @return completes once the file manager was asked; fails with {@link IllegalArgumentException} when the path
     *         does not exist
     */
    public static CompletableFuture<Void> showItemInFolder(Path path) {
        Path p = Objects.requireNonNull(path, "path == null").toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("showItemInFolder: no such file: " + p));
        }
        return DesktopLauncher.showItemInFolder(p);
    }
}
