package cefshell.internal.ipc;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ways a request reaches Java, and what each may carry (docs/wire-format.md, "Requests"). The page's bridge only
 * ever sends these shapes, so anything else is refused.
 */
public enum TransportKind {
    /** {@code window.cefQuery}: batches of sends, an invoke as the last message; also hello and script results. */
    QUERY(false, EnumSet.of(MessageKind.SEND, MessageKind.INVOKE, MessageKind.SEND_TO, MessageKind.TO_HOST,
            MessageKind.POST_MESSAGE, MessageKind.PORT_MESSAGE, MessageKind.PORT_CLOSE, MessageKind.PORT_BIND, MessageKind.WEBVIEW), false),
    /**
     * A binary frame POSTed to {@code /__cefshell/ipc}: a send or invoke with binary data or a large value, or the
     * sends of a document being unloaded (a keepalive POST outlives it; a cefQuery does not).
     */
    FRAME(true, EnumSet.of(MessageKind.SEND, MessageKind.INVOKE, MessageKind.SEND_TO, MessageKind.TO_HOST,
            MessageKind.POST_MESSAGE, MessageKind.PORT_MESSAGE, MessageKind.PORT_CLOSE, MessageKind.PORT_BIND, MessageKind.WEBVIEW), false),
    /**
     * A binary frame over the document's loopback WebSocket (transport.socket): what {@link #FRAME} carries, without
     * CEF's 64 KiB resource reads; the header and each blob come as messages of their own.
     */
    SOCKET(true, EnumSet.of(MessageKind.SEND, MessageKind.INVOKE, MessageKind.SEND_TO, MessageKind.TO_HOST,
            MessageKind.POST_MESSAGE, MessageKind.PORT_MESSAGE, MessageKind.PORT_CLOSE, MessageKind.PORT_BIND, MessageKind.WEBVIEW), false),
    /** A text envelope POSTed by a synchronous XHR to {@code /__cefshell/sync}: one sendSync. */
    SYNC_XHR(false, EnumSet.of(MessageKind.SYNC), true),
    /** A {@code window.prompt} carrying the marker and a text envelope: one sendSync. */
    PROMPT(false, EnumSet.of(MessageKind.SYNC), true);

    final boolean binary;
    final Set<MessageKind> kinds;
    final boolean single;

    TransportKind(boolean binary, Set<MessageKind> kinds, boolean single) {
        this.binary = binary;
        this.kinds = kinds;
        this.single = single;
    }

    /** Whether the answer to a request of this transport is a sendSync's return value. */
    boolean answersSync() {
        return kinds.contains(MessageKind.SYNC);
    }

    /**
     * Checks an envelope against what this transport carries: the message kinds, one message where the bridge sends
     * one, an invoke only as the last message and flagged with {@code "i"}.
     *
     * @throws MalformedMessageException naming the first rule broken
     */
    void check(Envelope env) {
        int n = env.messages().size();
        if (single && n != 1) {
            throw new MalformedMessageException(this + " carries exactly one message, not " + n);
        }
        for (int i = 0; i < n; i++) {
            MessageKind k = env.messages().get(i).kind();
            if (!kinds.contains(k)) {
                throw new MalformedMessageException(k + " message over " + this);
            }
            if (k.awaitsReply() && i != n - 1) {
                throw new MalformedMessageException("an invoke must be the last message of its request");
            }
        }
        boolean endsWithInvoke = env.messages().get(n - 1).kind().awaitsReply();
        if (endsWithInvoke != env.invokeFlag()) {
            throw new MalformedMessageException("the \"i\" flag does not match the last message");
        }
    }
}
