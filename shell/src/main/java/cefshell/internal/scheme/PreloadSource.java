package cefshell.internal.scheme;

import org.cef.browser.CefBrowser;

/** Supplies the script injected first into every HTML document a browser loads from the app scheme. */
@FunctionalInterface
public interface PreloadSource {
    /** The JavaScript source to run before the page's own scripts, or null for none. */
    String preloadFor(CefBrowser browser);
}
