package cefshell.internal.browser;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cefshell.internal.runtime.EdtWaits;

/**
 * The future cefshell hands out for page results ({@code executeJavaScript}, {@code capturePage}). Waiting on it
 * ({@code get}, {@code join}) on the AWT event dispatch thread keeps dispatching events meanwhile, like a modal
 * dialog: in off-screen mode the EDT runs CEF's message loop, so a plain blocking wait there would wait forever.
 * Stages derived from it ({@code thenApply}...) behave the same.
 */
public final class EdtSafeFuture<T> extends CompletableFuture<T> {
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new EdtSafeFuture<>();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        awaitOnEdt(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (EdtWaits.onEdt() && !isDone()) {
            if (!EdtWaits.await(this, timeout, unit)) {
                throw new TimeoutException();
            }
            return super.get();
        }
        return super.get(timeout, unit);
    }

    @Override
    public T join() {
        try {
            awaitOnEdt(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // join is not interruptible: keep the flag, fall through to wait
        }
        return super.join();
    }

    private void awaitOnEdt(long timeout, TimeUnit unit) throws InterruptedException {
        if (EdtWaits.onEdt() && !isDone()) {
            EdtWaits.await(this, timeout, unit);
        }
    }
}
