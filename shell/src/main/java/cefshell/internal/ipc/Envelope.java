package cefshell.internal.ipc;

import java.util.List;

/**
 * What one transport request carries: the sending document's id, the sequence number of its first message, whether
 * it ends with an invoke ({@code "i"}), and the messages. The grammar is in docs/wire-format.md ("Requests");
 * {@link EnvelopeParser} reads it strictly.
 */
record Envelope(String docId, long firstSeq, boolean invokeFlag, List<IncomingMessage> messages) {
}
