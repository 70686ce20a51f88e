package cefshell.internal.ports;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import cefshell.MessagePortMain;
import cefshell.internal.codec.EncodedMessage;
import cefshell.internal.codec.ValueEncoder;

/** The checks and the move of a transfer list, with Electron's error texts (message_port.cc, gin's conversion). */
final class Transfers {
    private Transfers() {
    }

    /**
     * The structured clone of the message: the argument list {@code [message]}, binary data as blobs of its own (the
     * encoder may hand out the caller's arrays, which the caller may change after posting).
     */
    static EncodedMessage encode(Object message) {
        EncodedMessage m;
        try {
            m = ValueEncoder.encode(new Object[] {message}, true);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("An object could not be cloned.", e);
        }
        if (m.blobs().isEmpty()) {
            return m;
        }
        List<byte[]> own = new ArrayList<>(m.blobs().size());
        for (byte[] b : m.blobs()) {
            own.add(b.clone());
        }
        return new EncodedMessage(m.json(), own);
    }

    /** What needs no lock: every item is a cefshell port, and not {@code source} (null: no source port). */
    static void checkPorts(List<? extends MessagePortMain> transfer, MessagePortMain source) {
        if (transfer == null) {
            throw new IllegalArgumentException("Invalid value for transfer");
        }
        List<?> items = transfer; // read as objects: a list filled through raw types may hold anything
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PortHandle)) {
                throw new IllegalArgumentException("Port at index " + i + " is not a valid port");
            }
        }
        for (int i = 0; i < transfer.size(); i++) {
            if (transfer.get(i) == source) {
                throw new IllegalArgumentException("Port at index " + i + " contains the source port.");
            }
        }
    }

    /** Under the lock: all usable and distinct, or nothing moves; then each is neutered, in order. */
    static List<Transfer> take(List<? extends MessagePortMain> transfer) {
        Map<PortCore, Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < transfer.size(); i++) {
            PortCore c = ((PortHandle) transfer.get(i)).core;
            if (c.neutered()) {
                throw new IllegalArgumentException("Port at index " + i + " is already neutered.");
            }
            if (seen.put(c, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("Port at index " + i + " is a duplicate.");
            }
        }
        List<Transfer> moved = new ArrayList<>(transfer.size());
        for (MessagePortMain p : transfer) {
            moved.add(((PortHandle) p).core.neuter());
        }
        return moved;
    }
}
