package cefshell.internal.ipc;

/**
 * The names both sides of the wire agree on besides the reply codes ({@link Replies}) and message kinds
 * ({@link MessageKind}); bridge-js's {@code common/wire.js} holds the same.
 */
public final class WireNames {
    /** The paths under {@code /__cefshell/} of every app host. */
    public static final String PATH_FRAME = "ipc";
    public static final String PATH_SYNC = "sync";
    public static final String PATH_SYNC_RESULT = "sync-result";
    public static final String PATH_PART = "part";

    /** Starts every prompt that carries IPC; private-use characters, so no real prompt text starts with it. */
    public static final String PROMPT_MARKER = "\uE000cefshell-sync\uE000";

    /**
     * The bridge's hidden entry point in the page, and its one call that Java makes for main-to-renderer messages:
     * {@code deliver([[channel, args(, senderId)], ...])}.
     */
    public static final String DELIVER_CALL_START = "window.__cefshell&&window.__cefshell.deliver([";
    public static final String DELIVER_CALL_END = "])";

    /** The bridge's call that runs {@code executeJavaScript}'s code: {@code execute(id, code)}; see renderer/execute.js. */
    public static final String EXECUTE_CALL_START = "window.__cefshell&&window.__cefshell.execute(";
    public static final String EXECUTE_CALL_END = ")";

    /**
     * Port items in a batch to the page (the first element, a number, tells them from {@code [channel, ...]}):
     * {@code [0, portId, args, newPortIds]} a message for a port the bridge holds, {@code [1, portId]} close it,
     * {@code [2, channel, args, newPortIds]} an {@code ipcRenderer} message carrying new ports. bridge-js's wire.js
     * holds the same (PUSH).
     */
    public static final int PUSH_PORT_MESSAGE = 0;
    public static final int PUSH_PORT_CLOSE = 1;
    public static final int PUSH_POST_MESSAGE = 2;
    /**
     * The channel of {@code <webview>} events sent from Java to a host page: {@code [viewInstanceId, eventName, props,
     * state]}; the bridge hands it to its element code, never to {@code ipcRenderer} listeners.
     */
    public static final String WEBVIEW_EVENT_CHANNEL = "\uE000cefshell-webview\uE000";

    private WireNames() {
    }
}
