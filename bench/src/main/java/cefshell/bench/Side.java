package cefshell.bench;

import com.google.gson.JsonElement;

/**
 * One way of talking to a page: through cefshell's public API, or through raw JCEF. Both load the same driver
 * ({@code cefshell/bench/bench.js}) and define {@code window.side} with the same members (see {@link BenchPages}),
 * so a case runs the same JavaScript expression on each side.
 */
interface Side extends AutoCloseable {
    /** "cefshell" or "raw". */
    String name();

    /** Evaluates {@code expression} (a promise is awaited) in the page and returns its value as JSON. */
    JsonElement eval(String expression);

    /**
     * Sends {@code count} small messages from Java to the page, each {@code (index, payload)}, and returns the
     * milliseconds from the first send until the page reported the last one, having checked their order.
     */
    double push(int count, String payload);

    @Override
    void close();
}
