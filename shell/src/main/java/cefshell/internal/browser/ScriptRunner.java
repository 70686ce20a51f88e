package cefshell.internal.browser;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cef.browser.CefFrame;

import cefshell.JsError;
import cefshell.internal.codec.JsText;
import cefshell.internal.ipc.Lanes;
import cefshell.internal.ipc.ScriptResults;
import cefshell.internal.ipc.WireNames;

/**
 * {@code executeJavaScript}'s Java half: numbers each script, runs it in the page through the bridge's
 * {@code execute} (bridge-js renderer/execute.js, its other half), and completes the future when the result comes
 * back over IPC, decoded like any IPC value. Results arrive outside the ordered lanes, and a handler that runs a
 * script lets its lane go on ({@link Lanes#yieldCurrent()}), so a script may call back into Java, sendSync
 * included, while a handler waits for it.
 */
final class ScriptRunner implements ScriptResults {
    private final Map<Long, CompletableFuture<Object>> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    private volatile String callStart = WireNames.EXECUTE_CALL_START;

    /**
     * Under context isolation the bridge lives in another world: scripts go to the page's own world through the
     * runner the main world's bridge half defines under {@code name} (see bridge-js main-world/main.js).
     */
    void useMainWorldRunner(String name) {
        callStart = "window." + name + "&&window." + name + "(";
    }

    /** Runs {@code code} in {@code frame}; call on a CEF thread or where the frame is known to be live. */
    void run(CefFrame frame, String code, CompletableFuture<Object> result) {
        long id = nextId.getAndIncrement();
        pending.put(id, result);
        result.whenComplete((v, e) -> pending.remove(id));
        frame.executeJavaScript(JsText.jniSafe(callStart + id + "," + JsText.stringLiteral(code)
                + WireNames.EXECUTE_CALL_END), "cefshell://executeJavaScript", 1);
    }

    /** Called before the caller may block on a result: see the class comment. */
    static void beforeWaiting() {
        Lanes.yieldCurrent();
    }

    @Override
    public void complete(long id, boolean ok, Object value) {
        CompletableFuture<Object> f = pending.get(id);
        if (f == null) {
            return;
        }
        if (ok) {
            f.complete(value);
        } else {
            f.completeExceptionally(new JsError("Error", String.valueOf(value), null));
        }
    }

    /** The page's renderer is gone or the page closed: nothing pending will ever answer. */
    void failAll(String why) {
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException(why)));
    }
}
