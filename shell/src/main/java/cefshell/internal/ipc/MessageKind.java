package cefshell.internal.ipc;

/** Kinds of renderer-to-main messages; the numbers are the wire codes used by bridge-js's transport.js. */
enum MessageKind {
    SEND(0, "send"), INVOKE(1, "invoke"), SYNC(2, "sendSync"), SEND_TO(3, "sendTo"), TO_HOST(4, "sendToHost"),
    /** {@code ipcRenderer.postMessage}: one argument, and the ids of the ports moved with it. */
    POST_MESSAGE(5, "postMessage"),
    /** A message a port the bridge holds for Java received: CHANNEL is the port id; one argument, new port ids. */
    PORT_MESSAGE(6, "port message"),
    /** A port the bridge holds for Java was closed: CHANNEL is the port id, no arguments. */
    PORT_CLOSE(7, "port close"),
    /** The bridge now holds a port Java sent (this document has it): CHANNEL is the port id, no arguments. */
    PORT_BIND(8, "port bind"),
    /**
     * A {@code <webview>} operation: the host page's element (create, rect, destroy, its methods) or a guest's own
     * report (dom-ready); the channel names the operation. Answered like an invoke, and like an invoke only ever the
     * last message of a request, flagged with {@code "i"}. Handed to the {@link HostRelay}, never to ipcMain.
     */
    WEBVIEW(9, "webview");

    final int code;
    /** The ipcRenderer method that sent it, as the IPC trace names it. */
    final String traceName;

    MessageKind(int code, String traceName) {
        this.code = code;
        this.traceName = traceName;
    }

    /** Whether the tuple ends with a list of port ids. */
    boolean carriesPorts() {
        return this == POST_MESSAGE || this == PORT_MESSAGE;
    }

    /** Whether CHANNEL holds a port id. */
    boolean namesPort() {
        return this == PORT_MESSAGE || this == PORT_CLOSE || this == PORT_BIND;
    }

    /** Whether the page awaits an answer over the request's own transport (an invoke's promise). */
    boolean awaitsReply() {
        return this == INVOKE || this == WEBVIEW;
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
