package cefshell.internal.browser;

import java.util.concurrent.TimeUnit;

import cefshell.WebContents;

/** For tests: a DevTools method called on a page through the page's own session (cefshell's client, not JCEF's). */
public final class PageDevTools {
    private PageDevTools() {
    }

    /** Calls {@code method} without parameters; its result's JSON. */
    public static String call(WebContents page, String method) throws Exception {
        return ((WebContentsImpl) page).host().devTools().callRaw(method, null).get(10, TimeUnit.SECONDS);
    }
}
