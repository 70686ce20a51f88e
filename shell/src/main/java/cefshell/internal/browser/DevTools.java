package cefshell.internal.browser;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefshellDevToolsChannel;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One page's DevTools protocol session, for what CEF offers no other way: scripts that run at document start in a
 * named world, evaluation that a page's Content-Security-Policy does not block, the colour scheme, captures, ending a
 * hung renderer. Every DevTools call cefshell makes to a page goes through here.
 *
 * <p>A client of our own on JCEF's package-private send and observe ({@link CefshellDevToolsChannel}), not JCEF's
 * {@code CefDevToolsClient}, which loses an answer that arrives before its caller has the message id (see
 * {@link DevToolsAnswers}). Every call is bounded in time and answered off CEF's threads' critical path: callers chain
 * on the returned future, never block a CEF thread on it.
 */
final class DevTools {
    static final long TIMEOUT_MILLIS = 30_000;
    private static final ExecutorService CALLER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cefshell-devtools");
        t.setDaemon(true);
        return t;
    });
    /**
     * Where results are handed to the caller's stages (executeJavaScript's, the user's after it): answers arrive on
     * CEF's UI thread, and a stage that took its time there held up every page. A thread per waiting stage, so one
     * that blocks holds up no other.
     */
    private static final ExecutorService RESULTS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cefshell-devtools-result");
        t.setDaemon(true);
        return t;
    });

    /** Built on the first call with parameters: a Gson costs tens of milliseconds on a cold JVM. */
    private static final class Json {
        static final Gson GSON = new Gson();
    }

    private final CefBrowser browser;
    private final DevToolsAnswers answers = new DevToolsAnswers(2 * TIMEOUT_MILLIS);
    private Runnable unobserve; // guarded by this: ends the observation; null before the first call and after close
    private boolean closed;     // guarded by this

    DevTools(CefBrowser browser) {
        this.browser = browser;
    }

    /**
     * Calls {@code method} with {@code params} (a Gson-serialisable object, or null); the result as JSON. Fails with
     * the protocol's error, or a {@code TimeoutException} after {@value #TIMEOUT_MILLIS} ms.
     */
    CompletableFuture<JsonObject> call(String method, Object params) {
        return callRaw(method, params == null ? null : Json.GSON.toJson(params))
                .thenApply(text -> text == null || text.isEmpty() ? new JsonObject() : JsonParser.parseString(text).getAsJsonObject());
    }

    /**
     * Calls {@code method} with {@code paramsJson} (or null); the result's JSON text, on a thread of cefshell's. Sent
     * from a thread of its own: JCEF's send takes the browser's lock, and a call made on CEF's UI thread would wait for
     * its own answer there.
     */
    CompletableFuture<String> callRaw(String method, String paramsJson) {
        return CompletableFuture.supplyAsync(() -> {
            observe();
            return CefshellDevToolsChannel.send(browser, method, paramsJson);
        }, CALLER).thenCompose(sent -> sent).thenCompose(id -> answers.claim(id, TIMEOUT_MILLIS))
                .orTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) // the send too: CEF's UI thread may never run it
                .whenCompleteAsync((result, error) -> { }, RESULTS);
    }

    /** Observes the browser's answers from the first call on: CEF runs the observation's start before the send. */
    private synchronized void observe() {
        if (closed) {
            throw new IllegalStateException("the page is closed");
        }
        if (unobserve == null) {
            unobserve = CefshellDevToolsChannel.observe(browser, new CefshellDevToolsChannel.Listener() {
                @Override
                public void onResult(int messageId, boolean success, String json) {
                    answers.answer(messageId, success, json);
                }

                @Override
                public void onEvent(String method, String paramsJson) {
                    // no domain's events are used
                }
            });
            if (unobserve == null) {
                throw new IllegalStateException("the page has no browser yet");
            }
        }
    }

    /** The page closed: nothing more is sent, and calls still waiting fail now. */
    void close() {
        synchronized (this) {
            closed = true;
            if (unobserve != null) {
                unobserve.run();
                unobserve = null;
            }
        }
        answers.failAll("the page closed before DevTools answered");
    }
}
