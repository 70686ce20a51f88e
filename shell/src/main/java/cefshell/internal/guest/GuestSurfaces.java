package cefshell.internal.guest;

import java.util.function.Consumer;

import cefshell.WebPreferences;
import cefshell.internal.browser.BrowserHost;

/**
 * Makes a guest page with its component. The shell supplies it, since the component is the public
 * {@code BrowserPanel}, whose page-taking constructor is not public, and the windows a guest opens follow the
 * shell's window-open policy.
 */
@FunctionalInterface
public interface GuestSurfaces {
    /**
     * A new guest page on {@code url}; call off the CEF threads (it waits for the EDT). {@code configure} sees the
     * page's browser host before its browser exists (its partition, its requests). Without {@code allowPopups}
     * (the element's {@code allowpopups}) every window the guest asks for is refused.
     */
    GuestSurface create(String url, WebPreferences prefs, boolean allowPopups, Consumer<BrowserHost> configure);
}
