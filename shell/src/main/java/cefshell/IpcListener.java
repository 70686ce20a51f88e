package cefshell;

/**
 * Receives messages sent with {@code ipcRenderer.send} (and {@code sendSync}, which must be answered with
 * {@link IpcMainEvent#setReturnValue}). Runs on an IPC thread: never the CEF UI thread or the Swing EDT. Messages
 * from one frame are delivered one at a time, in the order the page sent them.
 */
@FunctionalInterface
public interface IpcListener {
    void onMessage(IpcMainEvent event, IpcArgs args) throws Exception;
}
