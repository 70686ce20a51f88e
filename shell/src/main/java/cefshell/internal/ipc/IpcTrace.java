package cefshell.internal.ipc;

import java.util.List;

/**
 * The IPC inspector's view of the core (the printing lives elsewhere): each renderer-to-main message as it reaches
 * user code on its lane, and how it ended. {@link #OFF}, the default, costs one comparison per message.
 */
public interface IpcTrace {
    IpcTrace OFF = m -> null;

    /**
     * A message about to be dispatched; called on its lane. Returns what hears how it ended, or null.
     *
     * @param m {@code requestBytes} is the size of the whole request the message came in, {@code batch} the number
     *          of messages in it
     */
    Watch arrived(Message m);

    /**
     * Java sent a message to a page ({@code webContents.send}, {@code sendToFrame}, {@code event.reply});
     * {@code frameId} null for the main frame, {@code sent} false when the frame was gone. Called on the sender's thread.
     */
    default void pushed(int webContentsId, String frameId, String channel, Object[] args, boolean sent) {
    }

    /** {@code kind} is {@code send}, {@code invoke}, {@code sendSync}, {@code sendTo} or {@code sendToHost}. */
    record Message(int webContentsId, FrameRef frame, TransportKind via, String kind, String channel, List<Object> args,
                   int requestBytes, int batch) { }

    /** How a message ended; exactly one call, from any thread. */
    interface Watch {
        /** A send (or sendTo) went through its listeners; {@code heard} is false when it had none. */
        void delivered(boolean heard);

        /** An invoke's result or a sendSync's return value went back; {@code heard} is false for a sendSync nobody listened to. */
        void answered(Object value, boolean heard);

        /** An invoke was rejected: its handler threw, or there was none ({@code heard} false). */
        void failed(String errorText, boolean heard);

        /** A sendSync was answered by its timeout. */
        void timedOut();
    }
}
