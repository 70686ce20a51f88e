package org.cef.browser;

import java.util.concurrent.CompletableFuture;

/**
 * The DevTools protocol as JCEF's browser offers it to its own package: send a method and get the message id CEF
 * gave it, and observe every result and event of the browser. JCEF's public {@link CefDevToolsClient} builds on these
 * two; cefshell builds its own client on them instead (see cefshell.internal.browser.DevTools for why). Not API.
 */
public final class CefshellDevToolsChannel {
    private CefshellDevToolsChannel() {
    }

    /**
     * Sends {@code method} with {@code paramsJson} (or null); the future gets the message id CEF gave it, or fails
     * when CEF could not send it (no native browser, or CEF answered id 0).
     */
    public static CompletableFuture<Integer> send(CefBrowser browser, String method, String paramsJson) {
        return ((CefBrowser_N) browser).executeDevToolsMethod(method, paramsJson);
    }

    /** What the browser's DevTools agent says; called on CEF's UI thread. */
    public interface Listener {
        /** The result of message {@code messageId}: its JSON, or when not {@code success}, the error's JSON. */
        void onResult(int messageId, boolean success, String json);

        /** An event of a domain that was enabled. */
        void onEvent(String method, String paramsJson);
    }

    /**
     * Observes every DevTools result and event of {@code browser} until the returned action is run; null when it has
     * no native browser yet. The caller keeps the action: JCEF ends the observation when it is garbage-collected.
     */
    public static Runnable observe(CefBrowser browser, Listener listener) {
        CefRegistration registration = ((CefBrowser_N) browser).addDevToolsMessageObserver(new CefDevToolsMessageObserver() {
            @Override
            public void onDevToolsMethodResult(CefBrowser b, int messageId, boolean success, String result) {
                listener.onResult(messageId, success, result);
            }

            @Override
            public void onDevToolsEvent(CefBrowser b, String method, String parameters) {
                listener.onEvent(method, parameters);
            }
        });
        return registration == null ? null : registration::dispose;
    }
}
