package cefshell.internal.ports;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import cefshell.MessageEvent;
import cefshell.MessagePortMain;

/** The public face of a Java port: listeners, and the checks of Electron's {@code MessagePortMain}. */
final class PortHandle implements MessagePortMain {
    final PortCore core;
    private final List<Consumer<MessageEvent>> messageListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> closeListeners = new CopyOnWriteArrayList<>();

    PortHandle(PortCore core) {
        this.core = core;
        core.handle = new java.lang.ref.WeakReference<>(this);
        PortGraph.CLEANER.register(this, core::collected);
    }

    @Override
    public void postMessage(Object message, List<? extends MessagePortMain> transfer) {
        if (transfer == null) {
            throw new IllegalArgumentException("transferables must be an array of MessagePorts");
        }
        synchronized (PortGraph.LOCK) {
            if (!core.entangled()) {
                return; // Electron: posting on a closed or moved port is a silent no-op
            }
        }
        cefshell.internal.codec.EncodedMessage encoded = Transfers.encode(message);
        Transfers.checkPorts(transfer, this);
        synchronized (PortGraph.LOCK) {
            if (!core.entangled()) {
                return;
            }
            Node target = core.peer; // read first: the peer itself may be among the ports moved
            List<Transfer> moved = Transfers.take(transfer);
            target.receive(PortMessage.encoded(encoded, moved));
        }
    }

    @Override
    public void start() {
        synchronized (PortGraph.LOCK) {
            core.start(this);
        }
    }

    @Override
    public void close() {
        synchronized (PortGraph.LOCK) {
            core.close(this);
        }
    }

    @Override
    public MessagePortMain onMessage(Consumer<MessageEvent> listener) {
        messageListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
        return this;
    }

    @Override
    public MessagePortMain onClose(Runnable listener) {
        closeListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
        return this;
    }

    @Override
    public boolean removeListener(Object listener) {
        return messageListeners.remove(listener) | closeListeners.remove(listener);
    }

    void emitMessage(Incoming item) {
        MessageEvent event;
        try {
            event = item.event();
        } catch (RuntimeException e) {
            PortGraph.LOG.log(System.Logger.Level.WARNING, "a port message could not be decoded: " + e.getMessage());
            return;
        }
        for (Consumer<MessageEvent> l : messageListeners) {
            try {
                l.accept(event);
            } catch (Throwable t) {
                PortGraph.LOG.log(System.Logger.Level.ERROR,
                        "Error occurred in a MessagePortMain 'message' listener: " + t, t);
            }
        }
    }

    void emitClose() {
        for (Runnable l : closeListeners) {
            try {
                l.run();
            } catch (Throwable t) {
                PortGraph.LOG.log(System.Logger.Level.ERROR,
                        "Error occurred in a MessagePortMain 'close' listener: " + t, t);
            }
        }
    }

    @Override
    public String toString() {
        return "MessagePortMain@" + Integer.toHexString(System.identityHashCode(this));
    }
}
