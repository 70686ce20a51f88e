package cefshell.internal.runtime;

/** CEF could not be started; the message says why and what to do. */
public final class CefStartException extends RuntimeException {
    public CefStartException(String message) {
        super(message);
    }

    public CefStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
