package cefshell.internal.ipc.transport.socket;

import java.io.IOException;

/** The peer broke RFC 6455 or our limits: the connection is closed with {@link #code()} and the message as reason. */
final class WsProtocolException extends IOException {
    private final int code;

    WsProtocolException(int code, String message) {
        super(message);
        this.code = code;
    }

    int code() {
        return code;
    }
}
