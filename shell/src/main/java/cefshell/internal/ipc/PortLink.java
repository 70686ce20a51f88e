package cefshell.internal.ipc;

import java.util.List;

/**
 * What MessagePorts may do to one page: push port traffic to a frame, in order with every other main-to-renderer
 * message of that frame (RendererPush, both worlds). Implemented here, handed to the {@link PortRelay}.
 */
public interface PortLink {
    /** The page's webContents id (for messages in logs). */
    int pageId();

    /** Whether the frame still exists. */
    boolean frameLive(String frameId);

    /**
     * An {@code ipcRenderer} message carrying new ports: the bridge makes one channel per id (wire: POST).
     * {@code argsJson} is the encoded argument list; {@code blobs} what its {@code "b":i} point to (empty: text only).
     */
    void pushPost(String frameId, String channel, String argsJson, List<byte[]> blobs, List<String> portIds);

    /** A message for the page's port {@code portId}, carrying new ports (wire: PORT_MESSAGE); as {@link #pushPost}. */
    void pushPortMessage(String frameId, String portId, String argsJson, List<byte[]> blobs, List<String> portIds);

    /** Closes the page's port {@code portId} (wire: PORT_CLOSE). */
    void pushPortClose(String frameId, String portId);
}
