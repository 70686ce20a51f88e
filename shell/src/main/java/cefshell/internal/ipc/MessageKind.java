package cefshell.internal.ipc;

/** Kinds of renderer-to-main messages; the numbers are the wire codes used by bridge-js's transport.js. */
enum MessageKind {
    SEND(0), INVOKE(1), SYNC(2), SEND_TO(3), TO_HOST(4),
    /**
     * A {@code <webview>} operation: the host page's element (create, rect, destroy, its methods) or a guest's own
     * report (dom-ready); the channel names the operation. Answered like an invoke, and like an invoke only ever the
     * last message of a request, flagged with {@code "i"}. Handed to the {@link HostRelay}, never to ipcMain.
     */
    WEBVIEW(5);

    final int code;

    MessageKind(int code) {
        this.code = code;
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
