package cefshell.internal.ports;

import java.util.List;

import cefshell.internal.codec.EncodedMessage;
import cefshell.internal.codec.ValueDecoder;
import cefshell.internal.codec.ValueEncoder;
import cefshell.internal.ipc.PushParts;

/**
 * A message on its way through the graph, with the ports moving with it. Its data is either the encoded argument
 * list {@code [data]} (posted by Java: encoding is the structured clone; binary data as blobs) or a value decoded
 * from a page (a private copy already); each form is turned into the other only when a receiver needs it.
 */
final class PortMessage {
    private final EncodedMessage encodedArgs;
    private final Object value;
    final List<Transfer> transfers;

    private PortMessage(EncodedMessage encodedArgs, Object value, List<Transfer> transfers) {
        this.encodedArgs = encodedArgs;
        this.value = value;
        this.transfers = transfers;
    }

    static PortMessage encoded(EncodedMessage encodedArgs, List<Transfer> transfers) {
        return new PortMessage(encodedArgs, null, transfers);
    }

    static PortMessage decoded(Object value, List<Transfer> transfers) {
        return new PortMessage(null, value, transfers);
    }

    /** The same data with other ports (a queued message forwarded on). */
    PortMessage with(List<Transfer> otherTransfers) {
        return new PortMessage(encodedArgs, value, otherTransfers);
    }

    /** The data for a Java listener: a fresh copy when it was posted by Java. */
    Object valueForJava() {
        if (encodedArgs == null) {
            return value;
        }
        // decoded Uint8Arrays are the blobs themselves: they are this message's own copies, and it has one receiver
        return ((List<?>) ValueDecoder.decode(encodedArgs.json(), encodedArgs.blobs())).get(0);
    }

    /**
     * The argument list for a page: with blobs (fetched in parts) when they are large, as text (base64 inline)
     * otherwise, where one batch is cheaper than a fetch.
     */
    EncodedMessage argsForPage() {
        EncodedMessage m = encodedArgs != null ? encodedArgs : ValueEncoder.encode(new Object[] {value}, true);
        if (m.blobs().isEmpty()) {
            return m;
        }
        long total = 0;
        for (byte[] b : m.blobs()) {
            total += b.length;
        }
        if (total >= PushParts.MIN_BYTES) {
            return m;
        }
        Object[] args = encodedArgs != null
                ? ((List<?>) ValueDecoder.decode(m.json(), m.blobs())).toArray() : new Object[] {value};
        return new EncodedMessage(ValueEncoder.encodeText(args), List.of());
    }

    /** Nobody will receive this message: the ports moving with it are closed. */
    void discard() {
        transfers.forEach(Transfer::discard);
    }
}
