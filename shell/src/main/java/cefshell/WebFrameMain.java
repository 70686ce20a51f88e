package cefshell;

/**
 * A frame of a page (the main frame or an iframe): Electron's {@code WebFrameMain}.
 */
public interface WebFrameMain {
    /** CEF's identifier of this frame, as used by {@link WebContents#sendToFrame}. */
    String frameId();

    int processId();

    /** The frame's current URL, "" if it is gone. */
    String url();

    /** {@code scheme://host[:port]} of {@link #url()}, or "null" for opaque origins. */
    String origin();

    boolean isMainFrame();

    /** The parent frame, or null for the main frame. */
    WebFrameMain parent();

    /**
     * True once the frame's document is gone (it navigated to another origin or was removed), e.g. for a message the
     * page sent while unloading (Electron's {@code detached}).
     */
    boolean detached();

    /** True once Chromium has disposed the frame; {@link #url()} then throws. */
    boolean isDestroyed();

    /**
     * Runs {@code code} in this frame as the page's own script and returns its completion value (promises awaited),
     * decoded like IPC values; fails with the page's error. As {@link WebContents#executeJavaScript}, for one frame.
     */
    java.util.concurrent.CompletableFuture<Object> executeJavaScript(String code);

    /** The top frame of this frame's page (the main frame). */
    WebFrameMain top();

    /** This frame's direct children, in no particular order. */
    java.util.List<WebFrameMain> frames();

    /** This frame and all frames below it. */
    java.util.List<WebFrameMain> framesInSubtree();

    /** Sends to this frame's {@code ipcRenderer}. */
    void send(String channel, Object... args);

    /** An {@link IpcMain} that only receives messages from this frame. */
    IpcMain ipc();

    /**
     * Electron's {@code webFrameMain.postMessage(channel, message, transfer)}: the frame's {@code ipcRenderer}
     * listeners get {@code (event, message)} with {@code event.ports} (real {@code MessagePort}s entangled with the
     * moved {@code transfer} ports' peers). Unlike {@link #send}, errors are thrown.
     *
     * @throws IllegalArgumentException with Electron's texts: {@code Error processing argument at index 0, conversion
     *     failure from null}, {@code An object could not be cloned.}, {@code Invalid value for transfer},
     *     {@code Port at index i is already neutered.}, {@code Port at index i is a duplicate.}
     * @throws IllegalStateException when the frame is gone
     */
    void postMessage(String channel, Object message, java.util.List<? extends MessagePortMain> transfer);

    /** {@link #postMessage(String, Object, java.util.List)} without ports. */
    default void postMessage(String channel, Object message) {
        postMessage(channel, message, java.util.List.of());
    }
}
