package cefshell.internal.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import cefshell.IpcHandler;
import cefshell.IpcListener;
import cefshell.IpcMain;

/**
 * Stores listeners and invoke handlers; nothing else. Delivery order and threading live in {@link IpcDispatcher}.
 * Like Electron's IpcMainImpl it starts with a no-op 'error' listener, so a page sending on "error" is harmless.
 */
public final class IpcMainImpl implements IpcMain {
    /** One registration; {@code once} ones are removed by the dispatcher before they run. */
    record Registration(IpcListener listener, boolean once) { }

    private static final IpcListener NO_OP = (event, args) -> { };

    private final Map<String, List<Registration>> listeners = new ConcurrentHashMap<>();
    private final Map<String, IpcHandler> handlers = new ConcurrentHashMap<>();

    public IpcMainImpl() {
        on("error", NO_OP);
    }

    @Override
    public IpcMain on(String channel, IpcListener listener) {
        return add(channel, listener, false);
    }

    @Override
    public IpcMain once(String channel, IpcListener listener) {
        return add(channel, listener, true);
    }

    private IpcMain add(String channel, IpcListener listener, boolean once) {
        Objects.requireNonNull(channel, "channel == null");
        Objects.requireNonNull(listener, "listener == null");
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(new Registration(listener, once));
        return this;
    }

    @Override
    public IpcMain off(String channel, IpcListener listener) {
        List<Registration> list = listeners.get(channel);
        if (list != null) {
            for (Registration r : list) {
                if (r.listener() == listener) {
                    list.remove(r);
                    break;
                }
            }
            listeners.computeIfPresent(channel, (c, l) -> l.isEmpty() ? null : l);
        }
        return this;
    }

    @Override
    public IpcMain removeAllListeners() {
        listeners.clear();
        return this;
    }

    @Override
    public IpcMain removeAllListeners(String channel) {
        listeners.remove(channel);
        return this;
    }

    @Override
    public List<String> eventNames() {
        return List.copyOf(listeners.keySet());
    }

    @Override
    public int listenerCount(String channel) {
        List<Registration> list = listeners.get(channel);
        return list == null ? 0 : list.size();
    }

    @Override
    public void handle(String channel, IpcHandler handler) {
        Objects.requireNonNull(channel, "channel == null");
        if (handler == null) {
            throw new IllegalArgumentException("Expected handler to be a function, but found type 'null'");
        }
        if (handlers.putIfAbsent(channel, handler) != null) {
            throw new IllegalStateException("Attempted to register a second handler for '" + channel + "'");
        }
    }

    @Override
    public void handleOnce(String channel, IpcHandler handler) {
        Objects.requireNonNull(handler, "handler == null");
        IpcHandler[] self = new IpcHandler[1];
        self[0] = (event, args) -> {
            handlers.remove(channel, self[0]); // removed before it runs, even if it throws (as Electron)
            return handler.handle(event, args);
        };
        handle(channel, self[0]);
    }

    @Override
    public void removeHandler(String channel) {
        handlers.remove(channel);
    }

    /** The listeners for a channel, once-listeners removed from the store as they are taken. */
    List<IpcListener> take(String channel) {
        List<Registration> list = listeners.get(channel);
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<IpcListener> out = new ArrayList<>(list.size());
        for (Registration r : list) {
            if (r.once() && !list.remove(r)) {
                continue; // another thread took it
            }
            out.add(r.listener());
        }
        if (list.isEmpty()) {
            listeners.computeIfPresent(channel, (c, l) -> l.isEmpty() ? null : l);
        }
        return out;
    }

    /** True if a real listener (not the built-in 'error' no-op) is registered on {@code channel}. */
    boolean hasListeners(String channel) {
        List<Registration> list = listeners.get(channel);
        return list != null && list.stream().anyMatch(r -> r.listener() != NO_OP);
    }

    IpcHandler handler(String channel) {
        return handlers.get(channel);
    }
}
