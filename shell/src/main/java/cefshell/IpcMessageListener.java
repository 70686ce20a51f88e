package cefshell;

/**
 * WebContents' {@code 'ipc-message'} and {@code 'ipc-message-sync'} events: called before any {@code ipc()} or
 * {@code ipcMain} listener, with the channel. Runs on an IPC thread.
 */
@FunctionalInterface
public interface IpcMessageListener {
    void onMessage(IpcMainEvent event, String channel, IpcArgs args) throws Exception;
}
