package cefshell;

/** A message from {@code ipcRenderer.send} or {@code sendSync}: Electron's {@code IpcMainEvent}. */
public interface IpcMainEvent extends IpcMainInvokeEvent {
    /**
     * Sends a message back to exactly the frame that sent this one (an iframe too), on {@code channel}.
     * Arguments are encoded as in {@link WebContents#send}.
     */
    void reply(String channel, Object... args);

    /**
     * Answers a {@code sendSync}: the first value set is returned to the page; later ones are ignored. May be called
     * later from any thread; the page stays blocked until then (bounded, see the README).
     */
    void setReturnValue(Object value);

    /** True for a {@code sendSync} message, which expects {@link #setReturnValue}. */
    boolean isSync();

    /**
     * The ports a page moved to Java with {@code ipcRenderer.postMessage(channel, message, [ports])}, in order;
     * empty for every other message. Such an event has no {@link #reply} (it throws), as in Electron.
     */
    default java.util.List<MessagePortMain> ports() {
        return java.util.List.of();
    }
}
