package cefshell.internal.scheme;

import org.cef.browser.CefBrowser;

/** Supplies the script injected first into every HTML document a browser loads from the app scheme. */
@FunctionalInterface
public interface PreloadSource {
    /** The scripts to run, in order, before the page's own scripts; empty for none. */
    java.util.List<String> preloadFor(CefBrowser browser);
}
