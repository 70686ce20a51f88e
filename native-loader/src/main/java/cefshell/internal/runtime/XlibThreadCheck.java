package cefshell.internal.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether CEF may start now as far as Xlib's thread support goes. CEF's windowed mode makes X calls from several
 * threads, which old Xlib allows only when {@code XInitThreads()} was the process's first X call; JCEF makes that call
 * as CEF starts, so an application whose Swing code opened the X display earlier would run CEF on an unprotected
 * Xlib. libX11 1.8 and newer initialise thread support themselves when loaded, so there the order does not matter.
 *
 * <p>Evidence used, both cheap and read-only: AWT has opened its display once its toolkit thread ("AWT-XAWT") runs;
 * a libX11 of 1.8 or newer exports {@code XFreeThreads}, added in the release that made thread support automatic.
 */
final class XlibThreadCheck {
    static final String AWT_TOOLKIT_THREAD = "AWT-XAWT";
    private static final byte[] NEW_LIBX11_SYMBOL = "XFreeThreads\0".getBytes(StandardCharsets.US_ASCII);

    private XlibThreadCheck() {
    }

    /** Null when CEF may start; otherwise what to tell the user. */
    static String problem() {
        // the process's memory map is read only when it matters: on the usual start, AWT has not opened the display
        return awtOpenedDisplay() ? problem(true, libX11InThisProcess()) : null;
    }

    /**
     * @param libX11 the libX11 this process loaded, or null if unknown (then no objection: we cannot judge)
     */
    static String problem(boolean awtOpenedDisplay, Path libX11) {
        if (!awtOpenedDisplay || libX11 == null || initialisesThreadsItself(libX11)) {
            return null;
        }
        return "Swing/AWT opened the X display before the shell started, and this system's libX11 ("
                + libX11 + ") is older than 1.8: Chromium's threads need XInitThreads() to be the first X call of the "
                + "process. Call Shell.start() at the very beginning of main(), before creating any Swing or AWT "
                + "component or window, or upgrade libX11 to 1.8 or newer.";
    }

    static boolean awtOpenedDisplay() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> AWT_TOOLKIT_THREAD.equals(t.getName()));
    }

    static boolean initialisesThreadsItself(Path libX11) {
        try {
            return indexOf(Files.readAllBytes(libX11), NEW_LIBX11_SYMBOL) >= 0;
        } catch (IOException e) {
            return true; // unreadable: no evidence against it
        }
    }

    /** The libX11 mapped into this process (from /proc/self/maps), or null. */
    static Path libX11InThisProcess() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"), StandardCharsets.UTF_8)) {
                int at = line.indexOf('/');
                if (at >= 0 && line.contains("/libX11.so")) {
                    return Path.of(line.substring(at).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unavailable
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
