package cefshell.internal.ipc;

/**
 * Why a request was not delivered, with the text the page sees. Nothing of a refused request reaches user code.
 *
 * @param reason what the transport answers (each maps it to its own status: see the transports)
 * @param text   for the page's console and errors, e.g. {@code malformed IPC message: ...}
 */
public record Refusal(Reason reason, String text) {
    public enum Reason {
        /** The frame's origin is not trusted by its page, or the browser is not cefshell's. */
        UNTRUSTED,
        /** The request does not follow docs/wire-format.md. */
        MALFORMED,
        /** The prompt path names a document Java has not seen yet: the page resends the message by XHR. */
        UNKNOWN_DOCUMENT,
        /** The document's renderer is gone: its queued messages are dropped. */
        GONE
    }

    static Refusal malformed(String why) {
        return new Refusal(Reason.MALFORMED, "malformed IPC message: " + why);
    }

    static Refusal untrusted(String text) {
        return new Refusal(Reason.UNTRUSTED, text);
    }

    public static Refusal gone(String why) {
        return new Refusal(Reason.GONE, why);
    }
}
