package cefshell;

import cefshell.internal.ports.PortGraph;

/**
 * A pair of entangled {@link MessagePortMain}s: Electron's {@code MessageChannelMain}. Keep one end and send the
 * other to a page with {@link WebContents#postMessage} or {@link WebFrameMain#postMessage}, or use both in Java.
 * Needs no running shell.
 */
public final class MessageChannelMain {
    private final MessagePortMain port1;
    private final MessagePortMain port2;

    public MessageChannelMain() {
        MessagePortMain[] pair = PortGraph.newChannel();
        this.port1 = pair[0];
        this.port2 = pair[1];
    }

    public MessagePortMain port1() {
        return port1;
    }

    public MessagePortMain port2() {
        return port2;
    }
}
