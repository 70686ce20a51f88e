package cefshell.internal.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.SwingUtilities;

/**
 * Where a dialog's future is completed: never on the EDT, so that the caller's {@code thenApply}/{@code thenAccept}
 * stages do not run there, and never on a thread the caller may be blocked on (an IPC thread, the shell's event
 * thread, which may be waiting for the answer with {@code join()}). A callback may open the next dialog and wait for
 * it: each completion gets a thread from a cached pool, so none waits for another.
 */
final class DialogResults {
    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private static final ExecutorService COMPLETIONS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cefshell-dialog-" + NEXT.getAndIncrement());
        t.setDaemon(true);
        return t;
    });

    private DialogResults() {
    }

    static <T> void complete(CompletableFuture<T> future, T value) {
        COMPLETIONS.execute(() -> future.complete(value));
    }

    /** Runs {@code show} on the EDT later (the caller may be the EDT itself); a failure fails the future. */
    static <T> void showLater(CompletableFuture<T> future, Runnable show) {
        SwingUtilities.invokeLater(() -> {
            try {
                show.run();
            } catch (RuntimeException | Error e) {
                COMPLETIONS.execute(() -> future.completeExceptionally(e));
            }
        });
    }
}
