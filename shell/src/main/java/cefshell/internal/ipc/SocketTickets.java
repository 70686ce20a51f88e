package cefshell.internal.ipc;

/**
 * Issues the tickets with which a document opens the socket transport ({@code cefshell.internal.ipc.transport.socket}).
 * A document asks over cefQuery, which Chromium attributes to its frame, so {@link Inbound} has admitted the frame
 * and bound the document to it before this is called. Installed by the shell; without one, no socket is offered.
 */
public interface SocketTickets {
    SocketTickets NONE = (page, frame, docId, nonce) -> null;

    /**
     * The value the page gets ({@code {port, token}}), or null when no socket can be offered (the page then keeps
     * using the app scheme). {@code nonce} is the page's: the server proves it knows it before the page sends.
     */
    Object issue(PageIpc page, FrameRef frame, String docId, String nonce);
}
