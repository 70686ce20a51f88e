package cefshell.internal.ipc;

/**
 * How a transport answers one request. {@link Inbound} calls exactly one of these, once (it guards against a second
 * call), on any thread; the transport turns it into its own reply format (see {@link Replies}).
 */
public interface Responder {
    /** The value that resolves the page's invoke, or that its sendSync returns. */
    void value(Object value);

    /**
     * An invoke's error: Electron's text, the error's {@code toString}, e.g. {@code Error: boom}. A sendSync cannot
     * throw in the page; for it {@link Inbound} sends {@code {error: text}} as a value instead.
     */
    void error(String errorText);

    /** The request carried nothing to answer, and was taken. */
    void accepted();

    /** Nothing of the request reached user code. */
    void refused(Refusal refusal);

    /**
     * Answers a pull, or a request that awaits no value, with messages from Java: {@code items} are the batch's
     * entries, each {@code [channel, args(, senderId)]}, joined by commas. Only the cefQuery transport carries them
     * ({@link #carriesBatches}).
     */
    default void batch(String items) {
        throw new UnsupportedOperationException("this transport carries no pulls");
    }

    /** Whether {@link #batch} may answer this request. */
    default boolean carriesBatches() {
        return false;
    }

    /** False once the page can no longer receive the answer (its query was cancelled with its document). */
    default boolean isOpen() {
        return true;
    }
}
