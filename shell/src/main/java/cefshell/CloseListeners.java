package cefshell;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import cefshell.internal.browser.ShellThreads;

/**
 * A window's {@code close} listeners and the asking: its close button, {@link BrowserWindow#close()} and the app's
 * quit each ask them, on the event thread, whether the window may go.
 */
final class CloseListeners {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");
    private final List<Consumer<BrowserWindow.CloseEvent>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<BrowserWindow.CloseEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /** Runs the listeners: true when none kept the window open; at once true without listeners. */
    CompletableFuture<Boolean> ask() {
        if (listeners.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        CompletableFuture<Boolean> goes = new CompletableFuture<>();
        ShellThreads.event(() -> {
            BrowserWindow.CloseEvent event = new BrowserWindow.CloseEvent();
            for (Consumer<BrowserWindow.CloseEvent> l : listeners) {
                try {
                    l.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "a close listener threw", e);
                }
            }
            goes.complete(!event.isDefaultPrevented());
        });
        return goes;
    }
}
