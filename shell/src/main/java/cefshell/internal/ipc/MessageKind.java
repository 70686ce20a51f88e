package cefshell.internal.ipc;

/** Kinds of renderer-to-main messages; the numbers are the wire codes used by bridge-js's transport.js. */
enum MessageKind {
    SEND(0), INVOKE(1), SYNC(2), SEND_TO(3), TO_HOST(4);

    final int code;

    MessageKind(int code) {
        this.code = code;
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
