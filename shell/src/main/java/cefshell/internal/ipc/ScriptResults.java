package cefshell.internal.ipc;

/**
 * Where a page's {@code executeJavaScript} results arrive: the browser layer's script runner, which owns the pending
 * futures. They come on the cefQuery transport, outside the ordered lanes (a handler holding its document's lane may be
 * waiting for one).
 */
public interface ScriptResults {
    /** {@code value} is the script's result when {@code ok}, else its error's text. */
    void complete(long id, boolean ok, Object value);

    ScriptResults NONE = (id, ok, value) -> { };
}
