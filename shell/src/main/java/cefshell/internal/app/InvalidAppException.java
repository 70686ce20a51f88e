package cefshell.internal.app;

/**
 * The app folder cannot be run as given: missing folder or entry page, a bad {@code app.json}. A usage error
 * ({@code shell run} exits with 2); the message is one line naming the file and the field.
 */
public final class InvalidAppException extends RuntimeException {
    public InvalidAppException(String message) {
        super(message);
    }
}
