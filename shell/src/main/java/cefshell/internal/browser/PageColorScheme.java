package cefshell.internal.browser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The light/dark preference every page sees ({@code prefers-color-scheme}), for {@code nativeTheme.themeSource}.
 * Chromium offers no runtime switch for all browsers, so each page's DevTools session emulates the media feature
 * ({@code Emulation.setEmulatedMedia}), which Chromium keeps across navigations and reloads: sent to every live page
 * on a change, and to each new page as soon as its browser exists, before it loads its first URL. "system" removes
 * the emulation, leaving Chromium's own preference.
 */
public final class PageColorScheme {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");
    /** What pages are told; null for Chromium's own preference. */
    private volatile Boolean dark;
    private final Set<BrowserHost> pages = ConcurrentHashMap.newKeySet();

    /** Makes {@code host}'s page follow the scheme from its creation to its close. */
    public void track(BrowserHost host) {
        Boolean atCreation = dark;
        if (atCreation != null) { // the page's first script must already see it: set before its first document
            host.beforeFirstNavigation(devTools -> devTools.call("Emulation.setEmulatedMedia",
                    java.util.Map.of("features", java.util.List.of(java.util.Map.of(
                            "name", "prefers-color-scheme", "value", atCreation ? "dark" : "light")))));
        }
        host.onCreatedSync(browser -> {
            pages.add(host);
            if (dark != null && !dark.equals(atCreation)) { // changed meanwhile
                emulate(host, dark);
            }
        });
        host.onClosedSync(() -> pages.remove(host));
    }

    /** Tells every page: dark (true), light (false), or Chromium's own preference (null). */
    public void set(Boolean dark) {
        this.dark = dark;
        for (BrowserHost host : pages) {
            if (!host.isClosing()) {
                emulate(host, dark);
            }
        }
    }

    private static void emulate(BrowserHost host, Boolean dark) {
        String features = dark == null ? "[]"
                : "[{\"name\":\"prefers-color-scheme\",\"value\":\"" + (dark ? "dark" : "light") + "\"}]";
        host.devTools().callRaw("Emulation.setEmulatedMedia", "{\"features\":" + features + "}")
                .orTimeout(10, TimeUnit.SECONDS)
                .exceptionally(e -> {
                    if (!host.isClosing()) { // a page closing meanwhile needs no colour scheme
                        LOG.log(System.Logger.Level.WARNING, "could not set the page's color scheme: " + e);
                    }
                    return null;
                });
    }
}
