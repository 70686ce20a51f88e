package cefshell.internal.ipc;

/** A message that does not follow the wire format: refused before any user code sees it. */
final class MalformedMessageException extends RuntimeException {
    MalformedMessageException(String message) {
        super(message);
    }

    MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
