package cefshell.internal.browser;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One page's own User-Agent (a {@code <webview>}'s {@code useragent}, {@code setUserAgent}): CEF has one for the whole
 * process, so the page's DevTools session overrides it ({@code Emulation.setUserAgentOverride}, for
 * {@code navigator.userAgent} and the request header alike), which Chromium keeps across the page's navigations.
 */
public final class UserAgentOverride {
    private UserAgentOverride() {
    }

    /** The page's first document already sees {@code userAgent}; call before its browser is created. */
    public static void atFirstNavigation(BrowserHost host, String userAgent) {
        host.beforeFirstNavigation(devTools -> devTools.call("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent)));
    }

    /** From the page's next request on; completes once Chromium has it. */
    public static CompletableFuture<?> set(BrowserHost host, String userAgent) {
        if (!host.isCreated() || host.isClosing()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the page is not live"));
        }
        return host.devTools().call("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent));
    }
}
