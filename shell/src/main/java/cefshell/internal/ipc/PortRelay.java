package cefshell.internal.ipc;

import java.util.List;

import cefshell.MessagePortMain;

/**
 * The MessagePorts the IPC core hands page traffic to (implemented by {@code cefshell.internal.ports}, installed at
 * start). The core parses and orders; the relay owns port identity, binding and proxies. Every method is cheap and
 * never runs user code on the caller's thread.
 */
public interface PortRelay {
    /**
     * A document transferred ports to Java ({@code ipcRenderer.postMessage}): binds each id to (page, frame,
     * document) and returns their Java ends, in order.
     *
     * @throws IllegalArgumentException if an id is already in use (the request is then refused as malformed)
     */
    List<MessagePortMain> adopt(PortLink page, String frameId, String docId, List<String> portIds);

    /** A message the page's port {@code portId} received; {@code portIds} name ports transferred with it. */
    void message(PortLink page, String frameId, String docId, String portId, Object data, List<String> portIds);

    /** A document now holds the port {@code portId} Java sent to its frame: the port is bound to it. */
    void bind(PortLink page, String frameId, String docId, String portId);

    /** The page's port {@code portId} was closed (or collected) in the page. */
    void closed(PortLink page, String frameId, String docId, String portId);

    /** A new document started in a frame: ports bound to earlier documents of it, or to frames now gone, close. */
    void documentStarted(PortLink page, String frameId, String docId);

    /** The page is gone (closed, or its renderer died): every port bound to it closes. */
    void pageGone(PortLink page);

    /**
     * {@code webContents.postMessage}: validates and moves {@code transfer} (Electron's errors, as
     * IllegalArgumentException) and pushes the message with its ports to the frame.
     */
    void postToPage(PortLink page, String frameId, String channel, String argsJson, List<byte[]> blobs,
                    List<? extends MessagePortMain> transfer);

    /** Before ports are installed (or in a shell without them): refuses port traffic. */
    PortRelay NONE = new PortRelay() {
        @Override
        public List<MessagePortMain> adopt(PortLink page, String frameId, String docId, List<String> portIds) {
            throw new IllegalArgumentException("MessagePorts are not available");
        }

        @Override
        public void message(PortLink page, String frameId, String docId, String portId, Object data, List<String> ids) {
        }

        @Override
        public void bind(PortLink page, String frameId, String docId, String portId) {
        }

        @Override
        public void closed(PortLink page, String frameId, String docId, String portId) {
        }

        @Override
        public void documentStarted(PortLink page, String frameId, String docId) {
        }

        @Override
        public void pageGone(PortLink page) {
        }

        @Override
        public void postToPage(PortLink page, String frameId, String channel, String argsJson, List<byte[]> blobs,
                               List<? extends MessagePortMain> transfer) {
            throw new IllegalStateException("MessagePorts are not available");
        }
    };
}
