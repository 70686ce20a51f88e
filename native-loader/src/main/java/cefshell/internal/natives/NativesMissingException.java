package cefshell.internal.natives;

/** The natives artifact is not on the classpath: a build problem, not something a retry fixes. */
public final class NativesMissingException extends IllegalStateException {
    public NativesMissingException(String message) {
        super(message);
    }
}
