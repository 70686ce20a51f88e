package cefshell.internal.app;

/**
 * The app's main-side code failed: it did not compile, its class cannot be used, or it threw. {@code shell run}
 * exits with 1; details (compiler diagnostics, stack trace) have been printed already or are in the cause.
 */
public final class AppFailedException extends RuntimeException {
    public AppFailedException(String message) {
        super(message);
    }

    public AppFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
