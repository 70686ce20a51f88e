package cefshell.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Polling waits for conditions that Chromium makes true asynchronously. */
public final class Awaits {
    private Awaits() {
    }

    public static void until(String what, long timeout, TimeUnit unit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " " + unit.toString().toLowerCase()
                        + " waiting for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
