package cefshell.internal.ipc;

import java.util.List;

/** One decoded renderer-to-main message. {@code extra} is the target webContents id for SEND_TO, else null. */
record IncomingMessage(MessageKind kind, String channel, List<Object> args, Object extra) {
}
