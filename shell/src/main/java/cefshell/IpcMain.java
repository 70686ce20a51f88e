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

    /**
     * Registers every {@link IpcEndpoint} method of {@code endpoints} as the {@link #handle handler} of its channel:
     * typed IPC. Arguments that do not fit a parameter's type reject the page's promise with an error naming the
     * channel, the parameter and the value, e.g. {@code Error invoking remote method 'notes:load': Error: argument 0
     * (id) of notes:load must be a NoteId: ...}. Either every channel is registered or, on an error, none.
     *
     * <pre>{@code
     * shell.ipcMain().handleAll(new Notes(store));
     * window.webContents().ipc().handleAll(new Editor(window));   // only this page's invokes
     * }</pre>
     *
     * @return the channels registered, in the order of their methods' names
     * @throws IllegalArgumentException if {@code endpoints} has no {@code @IpcEndpoint} method, or one that is not
     *                                  public, or two for the same channel
     * @throws IllegalStateException    "Attempted to register a second handler for 'channel'"
     */
    default List<String> handleAll(Object endpoints) {
        java.util.Map<String, IpcHandler> handlers = cefshell.internal.typed.TypedEndpoints.handlers(endpoints);
        List<String> done = new java.util.ArrayList<>();
        try {
            handlers.forEach((channel, handler) -> {
                handle(channel, handler);
                done.add(channel);
            });
        } catch (RuntimeException e) {
            done.forEach(this::removeHandler);
            throw e;
        }
        return List.copyOf(done);
    }
}
