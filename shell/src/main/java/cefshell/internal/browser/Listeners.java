package cefshell.internal.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A list of listeners for one event, each called on the shell's event thread. */
public final class Listeners<T> {
    private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();

    public void add(Consumer<T> listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener == null"));
    }

    public void remove(Consumer<T> listener) {
        listeners.remove(listener);
    }

    public void fire(T value) {
        for (Consumer<T> l : listeners) {
            ShellThreads.event(() -> l.accept(value));
        }
    }
}
