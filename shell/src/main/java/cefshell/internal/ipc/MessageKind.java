package cefshell.internal.ipc;

/** Kinds of renderer-to-main messages; the numbers are the wire codes used by bridge-js's transport.js. */
enum MessageKind {
    SEND(0, "send"), INVOKE(1, "invoke"), SYNC(2, "sendSync"), SEND_TO(3, "sendTo"), TO_HOST(4, "sendToHost");

    final int code;
    /** The ipcRenderer method that sent it, as the IPC trace names it. */
    final String traceName;

    MessageKind(int code, String traceName) {
        this.code = code;
        this.traceName = traceName;
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
