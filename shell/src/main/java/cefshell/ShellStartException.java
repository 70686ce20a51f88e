package cefshell;

/** The shell could not start: no display, missing libraries, CEF failed. The message says what to do. */
public final class ShellStartException extends RuntimeException {
    public ShellStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
