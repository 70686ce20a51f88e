package cefshell.internal.guest;

import cefshell.WebPreferences;

/**
 * Makes a guest page with its component. The shell supplies it, since the component is the public
 * {@code BrowserPanel}, whose page-taking constructor is not public.
 */
@FunctionalInterface
public interface GuestSurfaces {
    /** A new guest page on {@code url}; call off the CEF threads (it waits for the EDT). */
    GuestSurface create(String url, WebPreferences prefs);
}
