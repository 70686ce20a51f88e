/**
 * MessagePorts between Java and pages. A Blink port cannot leave its renderer, so every port that "reaches Java" is
 * a proxy: the page's bridge keeps the real port under an unguessable id ({@link cefshell.internal.ports.PageEnd}),
 * and Java's {@link cefshell.MessagePortMain} ({@link cefshell.internal.ports.PortHandle} over a
 * {@link cefshell.internal.ports.PortCore}) is entangled with it, or with another Java port. The graph of entangled
 * ends lives here under one lock ({@link cefshell.internal.ports.PortGraph}); the IPC core reaches it only through
 * its own {@link cefshell.internal.ipc.PortRelay}. Internal to cefshell, not API.
 */
package cefshell.internal.ports;
