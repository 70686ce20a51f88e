package cefshell.internal.desktop;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Hands a URL or a folder to the desktop's opener: {@code xdg-open} on Linux (which follows the desktop's default
 * applications, or {@code $BROWSER} outside a desktop), {@code open} on macOS, the URL protocol handler on Windows;
 * {@link java.awt.Desktop} when that command is missing. The system property {@value #COMMAND_PROPERTY} replaces the
 * command (words separated by spaces; the target is added as the last argument), e.g. for a kiosk or a test.
 *
 * <p>The launcher is a child process; the future completes when it exits 0 (xdg-open returns once the application
 * is started), fails when it exits otherwise, and completes after {@value #WAIT_SECONDS} s for a launcher that keeps
 * running (some wait for the browser). Nothing here blocks the caller.
 */
public final class DesktopLauncher {
    public static final String COMMAND_PROPERTY = "cefshell.open.command";
    static final long WAIT_SECONDS = 10;

    private DesktopLauncher() {
    }

    /** Opens {@code target} (a URL, or a folder's path) with the desktop's application for it. */
    public static CompletableFuture<Void> open(String target) {
        List<String> cmd = new ArrayList<>(command());
        cmd.add(target);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            if (System.getProperty(COMMAND_PROPERTY) == null) {
                return viaAwt(target, cmd.get(0), e);
            }
            return CompletableFuture.failedFuture(new IOException("cannot open " + target + ": " + e.getMessage(), e));
        }
        try {
            p.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing to tell the launcher anyway
        }
        String name = cmd.get(0);
        return p.onExit().thenCompose(exited -> exited.exitValue() == 0
                        ? CompletableFuture.<Void>completedFuture(null)
                        : CompletableFuture.<Void>failedFuture(new IOException("cannot open " + target + ": " + name
                                + " exited with code " + exited.exitValue())))
                .completeOnTimeout(null, WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Shows the file manager on the folder holding {@code file} (selecting it where the file manager can). */
    public static CompletableFuture<Void> showItemInFolder(Path file) {
        Path folder = file.getParent() == null ? file : file.getParent();
        if (System.getProperty(COMMAND_PROPERTY) == null && isLinux()) {
            // the freedesktop file-manager interface selects the item; without a session bus, open the folder
            List<String> dbus = List.of("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.FileManager1",
                    "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1.ShowItems",
                    "array:string:" + file.toUri(), "string:");
            try {
                Process p = new ProcessBuilder(dbus).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                return p.onExit().thenCompose(exited -> exited.exitValue() == 0
                        ? CompletableFuture.completedFuture(null) : open(folder.toUri().toString()));
            } catch (IOException noDbusSend) {
                // fall through
            }
        }
        return open(folder.toUri().toString());
    }

    private static List<String> command() {
        String custom = System.getProperty(COMMAND_PROPERTY);
        if (custom != null && !custom.isBlank()) {
            return List.of(custom.trim().split("\\s+"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler");
        }
        if (os.contains("mac")) {
            return List.of("open");
        }
        return List.of("xdg-open");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    private static CompletableFuture<Void> viaAwt(String target, String missing, IOException cause) {
        return CompletableFuture.runAsync(() -> {
            try {
                java.awt.Desktop d = java.awt.Desktop.isDesktopSupported() ? java.awt.Desktop.getDesktop() : null;
                if (d == null || !d.isSupported(java.awt.Desktop.Action.BROWSE)) {
                    throw new IOException(missing + " is not installed and Java's Desktop cannot open URLs here");
                }
                d.browse(URI.create(target));
            } catch (IOException e) {
                e.addSuppressed(cause);
                throw new java.io.UncheckedIOException("cannot open " + target + ": " + e.getMessage(), e);
            }
        });
    }
}
