package cefshell.internal.browser;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefDevToolsClient;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One page's DevTools protocol session (JCEF's {@link CefDevToolsClient}), for what CEF offers no other way:
 * scripts that run at document start in a named world, and evaluation that a page's Content-Security-Policy does not
 * block. Every call is bounded in time (JCEF leaves a few calls unanswered, see the JCEF notes) and answered off
 * CEF's threads' critical path: callers chain on the returned future, never block a CEF thread on it.
 */
final class DevTools {
    static final long TIMEOUT_MILLIS = 30_000;
    private static final Gson GSON = new Gson();
    private static final java.util.concurrent.ExecutorService CALLER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cefshell-devtools");
        t.setDaemon(true);
        return t;
    });

    private final CefBrowser browser;
    private CefDevToolsClient client;

    DevTools(CefBrowser browser) {
        this.browser = browser;
    }

    private synchronized CefDevToolsClient client() {
        if (client == null || client.isClosed()) {
            client = browser.getDevToolsClient();
        }
        return client;
    }

    /**
     * Calls {@code method} with {@code params} (a Gson-serialisable object, or null); the result as JSON. The call is
     * made from a thread of its own: JCEF's DevTools client takes the browser's lock, and calls made on CEF's UI
     * thread were seen to go unanswered.
     */
    CompletableFuture<JsonObject> call(String method, Object params) {
        String json = params == null ? null : GSON.toJson(params);
        CompletableFuture<String> raw = CompletableFuture.supplyAsync(() -> json == null
                ? client().executeDevToolsMethod(method)
                : client().executeDevToolsMethod(method, json), CALLER).thenCompose(f -> f);
        return raw.orTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .thenApply(text -> text == null || text.isEmpty() ? new JsonObject() : JsonParser.parseString(text).getAsJsonObject());
    }

    synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
