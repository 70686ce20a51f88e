package cefshell.bench;

/** The benchmark could not measure something (a page failed, a message was lost, a child process died). */
public final class BenchFailure extends RuntimeException {
    BenchFailure(String message) {
        super(message);
    }

    BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
