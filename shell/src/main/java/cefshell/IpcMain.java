package cefshell;

import java.util.List;

/**
 * Receives messages from pages: Electron's {@code ipcMain}. The shell-wide one is {@link Shell#ipcMain()}; each
 * {@link WebContents#ipc()} and {@link WebFrameMain#ipc()} is one scoped to that page or frame.
 *
 * <pre>{@code
 * IpcMain ipcMain = shell.ipcMain();
 * ipcMain.on("asynchronous-message", (event, args) -> event.reply("asynchronous-reply", "pong"));
 * ipcMain.on("synchronous-message", (event, args) -> event.setReturnValue("pong"));
 * ipcMain.handle("add", (event, args) -> args.get(0, int.class) + args.get(1, int.class));
 * }</pre>
 *
 * <p>Delivery order for {@code send}/{@code sendSync}: the page's {@code ipc-message} listeners, then the sending
 * frame's {@code ipc()}, then {@code webContents.ipc()}, then {@code ipcMain}. For {@code invoke} the first handler
 * found in that order answers. Registration methods may be called from any thread.
 */
public interface IpcMain {
    IpcMain on(String channel, IpcListener listener);

    IpcMain once(String channel, IpcListener listener);

    /** Removes one registration of {@code listener} on {@code channel} (Electron's {@code off}). */
    IpcMain off(String channel, IpcListener listener);

    /** Same as {@link #off}. */
    default IpcMain removeListener(String channel, IpcListener listener) {
        return off(channel, listener);
    }

    /** Removes every listener of every channel (handlers stay). */
    IpcMain removeAllListeners();

    IpcMain removeAllListeners(String channel);

    /** Channels with at least one listener; a fresh {@code ipcMain} has {@code ["error"]}, as in Electron. */
    List<String> eventNames();

    int listenerCount(String channel);

    /**
     * Registers the handler for {@code invoke} on {@code channel}.
     *
     * @throws IllegalStateException "Attempted to register a second handler for 'channel'"
     */
    void handle(String channel, IpcHandler handler);

    /** Like {@link #handle}, removed before its first call. */
    void handleOnce(String channel, IpcHandler handler);

    /** Removes the handler, if any. */
    void removeHandler(String channel);
}
