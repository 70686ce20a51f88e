package cefshell.internal.packaging;

/** Packaging could not be done; the message says why and, where there is one, what to do about it. */
public final class PackagingException extends RuntimeException {
    public PackagingException(String message) {
        super(message);
    }

    public PackagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
