package cefshell.internal.guest;

import java.util.function.Consumer;

import cefshell.WebPreferences;
import cefshell.internal.browser.BrowserHost;

/**
 * Makes a guest page with its component, and the windows a guest with {@code allowpopups} opens. The shell supplies
 * it, since the component is the public {@code BrowserPanel}, whose page-taking constructor is not public.
 */
public interface GuestSurfaces {
    /**
     * A new guest page on {@code url}; call off the CEF threads (it waits for the EDT). {@code configure} sees the
     * page's browser host before its browser exists (its partition, its requests).
     */
    GuestSurface create(String url, WebPreferences prefs, Consumer<BrowserHost> configure);

    /** A guest with {@code allowpopups} asked for a window on {@code url} (Electron opens a new BrowserWindow). */
    void popup(String url);
}
