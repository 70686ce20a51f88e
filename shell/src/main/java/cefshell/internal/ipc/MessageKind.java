package cefshell.internal.ipc;

/** Kinds of renderer-to-main messages; the numbers are the wire codes used by bridge-js's transport.js. */
enum MessageKind {
    SEND(0), INVOKE(1), SYNC(2), SEND_TO(3), TO_HOST(4),
    /** {@code ipcRenderer.postMessage}: one argument, and the ids of the ports moved with it. */
    POST_MESSAGE(5),
    /** A message a port the bridge holds for Java received: CHANNEL is the port id; one argument, new port ids. */
    PORT_MESSAGE(6),
    /** A port the bridge holds for Java was closed: CHANNEL is the port id, no arguments. */
    PORT_CLOSE(7),
    /** The bridge now holds a port Java sent (this document has it): CHANNEL is the port id, no arguments. */
    PORT_BIND(8);

    final int code;

    MessageKind(int code) {
        this.code = code;
    }

    /** Whether the tuple ends with a list of port ids. */
    boolean carriesPorts() {
        return this == POST_MESSAGE || this == PORT_MESSAGE;
    }

    /** Whether CHANNEL holds a port id. */
    boolean namesPort() {
        return this == PORT_MESSAGE || this == PORT_CLOSE || this == PORT_BIND;
    }

    static MessageKind of(long code) {
        for (MessageKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new MalformedMessageException("unknown message kind " + code);
    }
}
