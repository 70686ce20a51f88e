package cefshell.internal.browser;

import org.cef.CefApp;

/**
 * Whether JCEF is closing every browser to shut CEF down. While it is, closing code must not act on its own: JCEF
 * closes each page, and moving a windowed browser or destroying its native parent meanwhile stalls CEF's shutdown.
 */
public final class CefShutdown {
    private CefShutdown() {
    }

    public static boolean inProgress() {
        return CefApp.getState() == CefApp.CefAppState.SHUTTING_DOWN;
    }
}
