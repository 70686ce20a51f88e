package cefshell.internal.browser;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Matches a page's DevTools answers to their callers by message id, whichever of the two comes first.
 *
 * <p>CEF gives a message its id on its UI thread, and the caller learns it only after that; a fast method's answer
 * (Runtime.evaluate takes a millisecond or two) can reach the observer before the caller has asked for it, when the
 * caller's thread was not scheduled meanwhile. JCEF 146's own client loses such an answer: its observer completes the
 * waiting future and removes it, and the caller, coming after, makes a new one that nothing completes (read in its
 * bytecode, {@code CefDevToolsClient$1.onDevToolsMethodResult}). Its callers then waited forever: one
 * {@code executeJavaScript} in a few hundred on an isolated page of a loaded machine, and now and then the
 * installation of a page's preload. Here an answer that comes first is kept until its caller claims it.
 */
final class DevToolsAnswers {
    private final Map<Integer, CompletableFuture<String>> byId = new ConcurrentHashMap<>();
    private final long unclaimedMillis;

    /**
     * @param unclaimedMillis how long an answer nobody has claimed is kept: its caller claims it within milliseconds,
     *        unless the caller gave up before CEF even sent the message
     */
    DevToolsAnswers(long unclaimedMillis) {
        this.unclaimedMillis = unclaimedMillis;
    }

    /** CEF's UI thread: the answer to message {@code id}, its result's JSON or, when not {@code success}, the error's. */
    void answer(int id, boolean success, String json) {
        CompletableFuture<String> created = new CompletableFuture<>();
        CompletableFuture<String> waiting = byId.putIfAbsent(id, created);
        if (waiting == null) {
            waiting = created; // first: kept for the caller, and dropped if it never comes
            CompletableFuture.delayedExecutor(unclaimedMillis, TimeUnit.MILLISECONDS)
                    .execute(() -> byId.remove(id, created));
        }
        if (success) {
            waiting.complete(json);
        } else {
            waiting.completeExceptionally(new IllegalStateException("DevTools method failed: " + json));
        }
    }

    /** The answer to message {@code id}, now or later; failed with a {@code TimeoutException} after {@code timeoutMillis}. */
    CompletableFuture<String> claim(int id, long timeoutMillis) {
        CompletableFuture<String> answer = byId.computeIfAbsent(id, k -> new CompletableFuture<>());
        answer.orTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
        answer.whenComplete((v, e) -> byId.remove(id, answer));
        return answer;
    }

    /** Fails every claimed answer still waiting, e.g. when the page closed. */
    void failAll(String why) {
        byId.values().forEach(f -> f.completeExceptionally(new IllegalStateException(why)));
    }

    /** Answers kept or waited for. */
    int size() {
        return byId.size();
    }
}
