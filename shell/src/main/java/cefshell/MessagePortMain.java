package cefshell;

import java.util.List;
import java.util.function.Consumer;

/**
 * One end of a message channel in Java: Electron's {@code MessagePortMain}. Its other end is another
 * {@code MessagePortMain} (see {@link MessageChannelMain}) or a {@code MessagePort} in a page (sent with
 * {@link WebContents#postMessage}, or received in {@link IpcMainEvent#ports()}).
 *
 * <p>As in Electron, messages that arrive before {@link #start()} wait (in order, without limit) and are delivered
 * once it is called; a port's listeners run one at a time, in the order its messages were sent, on a cefshell port
 * thread (never a CEF thread). A port that is started stays alive until it is closed; one that is not started and
 * that nobody references any more is closed when it is garbage-collected, and its other end gets a close event.
 * Using a closed port is a silent no-op.
 */
public interface MessagePortMain {
    /** {@link #postMessage(Object, List)} without transferring ports. */
    default void postMessage(Object message) {
        postMessage(message, List.of());
    }

    /**
     * Sends {@code message} (a copy, encoded as for IPC, binary data included) to the other end, moving the ports in
     * {@code transfer} with it: they become unusable here ("neutered") and arrive in the receiver's
     * {@link MessageEvent#ports()}.
     *
     * @throws IllegalArgumentException with Electron's texts: {@code An object could not be cloned.},
     *     {@code Port at index i is not a valid port}, {@code Port at index i contains the source port.},
     *     {@code Port at index i is already neutered.}, {@code Port at index i is a duplicate.},
     *     {@code transferables must be an array of MessagePorts} (a null list)
     */
    void postMessage(Object message, List<? extends MessagePortMain> transfer);

    /** Starts delivering messages, those that have queued first. */
    void start();

    /** Disentangles this port: it emits {@code close}, and so does the other end. */
    void close();

    /** Electron's {@code port.on('message', ...)}. */
    MessagePortMain onMessage(Consumer<MessageEvent> listener);

    /** Electron's {@code port.on('close', ...)}: this port was closed, by either end (or its page went away). */
    MessagePortMain onClose(Runnable listener);

    /** Removes a listener added with {@link #onMessage} or {@link #onClose}; false if it was not there. */
    boolean removeListener(Object listener);
}
