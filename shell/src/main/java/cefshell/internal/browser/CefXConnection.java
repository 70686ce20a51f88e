package cefshell.internal.browser;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Waits until the X server has handled everything CEF sent on its own X connection (XSync on the display CEF's
 * native calls use, {@code cef_get_xdisplay}).
 *
 * <p>Why: moving a page's native window out of a Swing canvas is a request on CEF's connection; destroying the canvas
 * afterwards is one on AWT's. The server orders requests per connection only, so the canvas could be destroyed first,
 * taking the page's window with it; CEF then never finishes closing that page (measured: guests that never closed in
 * most runs of WebviewGuestTest). JCEF's own move ends with this same XSync, in a native step Java cannot call alone.
 * Through JNA because Java has no other way to call Xlib.
 *
 * <p>CEF's UI thread only: that thread owns the display, and Xlib is not thread-safe.
 */
final class CefXConnection {
    private static final Logger LOG = Logger.getLogger(CefXConnection.class.getName());

    interface Cef extends Library {
        Pointer cef_get_xdisplay();
    }

    interface Xlib extends Library {
        int XSync(Pointer display, int discard);
    }

    private static Pointer display;
    private static Xlib xlib;
    private static boolean failed;

    private CefXConnection() {
    }

    /** XSync on CEF's display; does nothing (after one warning) where that cannot be done. */
    static synchronized void sync() {
        if (failed) {
            return;
        }
        try {
            if (xlib == null) {
                Cef cef = Native.load(LoadedLibcef.path(), Cef.class);
                display = cef.cef_get_xdisplay();
                xlib = Native.load("libX11.so.6", Xlib.class);
            }
            if (display != null) {
                xlib.XSync(display, 0);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            failed = true;
            LOG.log(Level.WARNING, "cannot wait for CEF's X connection; a page's window moved between Swing parents "
                    + "may be lost", e);
        }
    }
}
