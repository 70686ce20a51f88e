package cefshell;

/** Who invoked: Electron's {@code IpcMainInvokeEvent}. The identity comes from CEF, never from the message. */
public interface IpcMainInvokeEvent {
    /** The page that sent the message. */
    WebContents sender();

    /** The frame that sent it (the main frame or an iframe). */
    WebFrameMain senderFrame();

    /** {@code senderFrame().frameId()}. */
    String frameId();

    /** Identifies the sender's browser (CEF does not expose renderer process ids). */
    int processId();
}
