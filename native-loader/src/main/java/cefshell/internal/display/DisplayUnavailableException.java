package cefshell.internal.display;

/** No X display can be had: the message says what to install or do. */
public final class DisplayUnavailableException extends RuntimeException {
    public DisplayUnavailableException(String message) {
        super(message);
    }
}
