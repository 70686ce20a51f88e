package cefshell.internal.ipc;

import java.util.List;

/**
 * One decoded renderer-to-main message. {@code extra} is the target webContents id (a Double) for SEND_TO, the
 * port ids (a {@code List<String>}) for POST_MESSAGE and PORT_MESSAGE, else null. For PORT_MESSAGE and PORT_CLOSE
 * {@code channel} is the port's id.
 */
record IncomingMessage(MessageKind kind, String channel, List<Object> args, Object extra) {
    @SuppressWarnings("unchecked")
    List<String> portIds() {
        return extra instanceof List<?> l ? (List<String>) l : List.of();
    }
}
