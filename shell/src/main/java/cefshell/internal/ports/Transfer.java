package cefshell.internal.ports;

import java.util.List;

/**
 * A port in flight: what a neutered end leaves behind for the end that replaces it at the receiver. The new end is
 * entangled with {@code peer} (null when the moved end's peer had already closed) and first gets {@code pending},
 * what had reached the moved end but was not delivered yet ({@link Incoming}s, then maybe {@link PortCore#CLOSE}).
 */
record Transfer(Node peer, List<Object> pending) {
    /** The message carrying this port was dropped: the moved end's peer learns it is gone. */
    void discard() {
        if (peer != null) {
            peer.peerClosed();
        }
    }
}
