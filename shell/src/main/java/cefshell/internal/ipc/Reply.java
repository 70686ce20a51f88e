package cefshell.internal.ipc;

/**
 * Where the answer to an invoke or a sendSync goes; each transport has its own. Exactly one of the methods is
 * called, once, from any thread.
 */
public interface Reply {
    /** The value resolves the page's promise (or is returned by sendSync). */
    void result(Object value);

    /** {@code errorText} is what Electron sends: the error's toString, e.g. {@code Error: boom}. */
    void error(String errorText);

    /** Nobody listened (send, sendSync) or handled (invoke); said before the answer, for the IPC trace. */
    default void unheard() {
    }

    /** For messages that expect no answer. */
    Reply NONE = new Reply() {
        @Override public void result(Object value) { }
        @Override public void error(String errorText) { }
    };
}
