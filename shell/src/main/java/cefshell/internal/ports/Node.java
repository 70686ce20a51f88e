package cefshell.internal.ports;

/**
 * One end of an entangled pair: a Java port ({@link PortCore}) or a page's port ({@link PageEnd}). Every field and
 * method is used under {@link PortGraph#LOCK}.
 */
abstract class Node {
    /** The other end, or null once either end is closed or this one moved away. */
    Node peer;

    /** A message the peer sent. */
    abstract void receive(PortMessage message);

    /** The peer was closed, collected, or its page went away. */
    abstract void peerClosed();
}
