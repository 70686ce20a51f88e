package cefshell.internal.ports;

import java.util.List;

import cefshell.internal.codec.ValueDecoder;
import cefshell.internal.codec.ValueEncoder;

/**
 * A message on its way through the graph, with the ports moving with it. Its data is either the encoded argument
 * list {@code [data]} (posted by Java: encoding is the structured clone, and what a page receives) or a value
 * decoded from a page (a private copy already); each form is turned into the other only when a receiver needs it.
 */
final class PortMessage {
    private final String encodedArgs;
    private final Object value;
    final List<Transfer> transfers;

    private PortMessage(String encodedArgs, Object value, List<Transfer> transfers) {
        this.encodedArgs = encodedArgs;
        this.value = value;
        this.transfers = transfers;
    }

    static PortMessage encoded(String encodedArgs, List<Transfer> transfers) {
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
        return encodedArgs == null ? value : ((List<?>) ValueDecoder.decode(encodedArgs)).get(0);
    }

    /** The data as the argument list pushed to a page. */
    String argsForPage() {
        return encodedArgs != null ? encodedArgs : ValueEncoder.encodeText(new Object[] {value});
    }

    /** Nobody will receive this message: the ports moving with it are closed. */
    void discard() {
        transfers.forEach(Transfer::discard);
    }
}
