package cefshell.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Bounded waits of the harness; a benchmark that cannot finish fails with {@link BenchFailure}, it never hangs. */
final class Waits {
    private Waits() {
    }

    static <T> T get(Future<T> f, long seconds, String what) {
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new BenchFailure("timed out after " + seconds + " s waiting for " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new BenchFailure(what + " failed: " + (cause.getMessage() == null ? cause : cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted waiting for " + what);
        }
    }

    static void until(BooleanSupplier condition, long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void check(boolean ok, String failure) {
        if (!ok) {
            throw new BenchFailure(failure);
        }
    }
}
