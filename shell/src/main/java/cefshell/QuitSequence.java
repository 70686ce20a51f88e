package cefshell;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import cefshell.internal.browser.EdtSafeFuture;
import cefshell.internal.browser.ShellThreads;

/**
 * Electron's {@code app.quit()} in order: {@code before-quit} (cancellable), every window's {@code close} listeners
 * (one that prevents it cancels the quit), {@code will-quit} (cancellable), Chromium shut down with every window and
 * panel ({@code closed} events), {@code quit}. The windows close with Chromium's shutdown rather than one by one
 * before {@code will-quit}: closing each browser and then shutting Chromium down while a close was still under way
 * was seen to stall the shutdown on a loaded machine.
 *
 * <p>Listeners run on the event thread as every shell event does. The sequence runs on the thread that called
 * {@code quit()} when that one may wait (neither the event thread nor the EDT; Chromium is then shut down on the
 * caller's thread, as {@code quit()} always did), else on a thread of its own ({@code cefshell-quit}); it waits for
 * the listeners, and never blocks the event thread, CEF's threads or the EDT.
 */
final class QuitSequence {
    private static final System.Logger LOG = System.getLogger("cefshell.app");
    private static final long LISTENER_WAIT_SECONDS = 30;

    private final Shell shell;
    private EdtSafeFuture<Boolean> running; // guarded by this
    private volatile boolean closingWindows;
    private volatile boolean done;

    QuitSequence(Shell shell) {
        this.shell = shell;
    }

    /** Starts the sequence on a thread of its own, or returns the one under way; completes with whether it quit. */
    CompletableFuture<Boolean> request() {
        return request(false);
    }

    /**
     * Runs the sequence on the calling thread (which must be neither the event thread nor the EDT) and returns when it
     * is over, as {@code quit()} always shut Chromium down on its caller's thread; or waits for the one under way.
     */
    boolean runHere() {
        return request(true).join();
    }

    private CompletableFuture<Boolean> request(boolean here) {
        EdtSafeFuture<Boolean> f;
        synchronized (this) {
            if (done) {
                return CompletableFuture.completedFuture(true);
            }
            if (running != null) {
                return running;
            }
            f = new EdtSafeFuture<>();
            running = f;
        }
        if (here) {
            run(f);
        } else {
            new Thread(() -> run(f), "cefshell-quit").start();
        }
        return f;
    }

    /** True while the quit closes the windows: their closing is not window-all-closed. */
    boolean isQuitting() {
        return closingWindows || done;
    }

    boolean isDone() {
        return done;
    }

    static boolean isQuitThread() {
        return Thread.currentThread().getName().equals("cefshell-quit");
    }

    private void run(CompletableFuture<Boolean> f) {
        boolean quit = false;
        try {
            quit = sequence();
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "quitting failed", e);
        } finally {
            closingWindows = false;
            synchronized (this) {
                running = null;
            }
            f.complete(quit);
        }
    }

    private boolean sequence() {
        if (prevented(shell.beforeQuitListeners())) {
            return false;
        }
        for (BrowserWindow w : List.copyOf(shell.windows())) {
            if (!await(w.askToClose(), true)) {
                return false; // a close listener kept its window open: Electron cancels the quit
            }
        }
        if (prevented(shell.willQuitListeners())) {
            return false;
        }
        closingWindows = true;
        shell.shutdown(); // closes every window and panel with Chromium: closed events come now
        cefshell.internal.lifecycle.ProcessSingleInstance.release(); // its files go; the OS would free the lock anyway
        done = true;
        CompletableFuture<Void> told = new CompletableFuture<>();
        ShellThreads.event(() -> {
            shell.quitListeners().forEach(l -> {
                try {
                    l.accept(0);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "a quit listener threw", e);
                }
            });
            told.complete(null);
        });
        await(told, null);
        return true;
    }

    /** Runs the listeners with one event on the event thread; whether one of them prevented the default. */
    private static boolean prevented(List<Consumer<QuitEvent>> listeners) {
        if (listeners.isEmpty()) {
            return false;
        }
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        ShellThreads.event(() -> {
            QuitEvent e = new QuitEvent();
            for (Consumer<QuitEvent> l : listeners) {
                try {
                    l.accept(e);
                } catch (RuntimeException ex) {
                    LOG.log(System.Logger.Level.ERROR, "a quit listener threw", ex);
                }
            }
            result.complete(e.isDefaultPrevented());
        });
        return await(result, false);
    }

    /** The value, or {@code onTimeout} when listeners take longer than {@value #LISTENER_WAIT_SECONDS} s. */
    private static <T> T await(CompletableFuture<T> f, T onTimeout) {
        try {
            return f.get(LISTENER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "quit: listeners did not answer within " + LISTENER_WAIT_SECONDS
                    + " s (" + e + "); going on");
            return onTimeout;
        }
    }
}
