package cefshell.internal.ipc.transport.socket;

import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cefshell.internal.ipc.FrameRef;
import cefshell.internal.ipc.PageIpc;
import cefshell.internal.ipc.SecretRandom;

/**
 * The single-use tickets with which documents open their socket: 128 random bits each, bound to the page, frame,
 * origin and document that asked for it over cefQuery, and to the page's nonce. A ticket is gone once presented,
 * whatever the outcome, and expires after {@value #TTL_SECONDS} s unused. At most {@value #MAX_OPEN} wait at a time.
 */
final class Tickets {
    static final long TTL_SECONDS = 10;
    private static final int MAX_OPEN = 1024;

    /** What a ticket was issued to. */
    record Ticket(String token, PageIpc page, FrameRef frame, String docId, String nonce, long expiresAtNanos) {
        String origin() {
            return frame.origin();
        }
    }

    private final Map<String, Ticket> open = new LinkedHashMap<>();

    /** A new ticket's token (32 lowercase hex digits). */
    synchronized String issue(PageIpc page, FrameRef frame, String docId, String nonce) {
        long now = System.nanoTime();
        for (Iterator<Ticket> it = open.values().iterator(); it.hasNext(); ) {
            Ticket t = it.next();
            if (t.expiresAtNanos() - now <= 0 || open.size() >= MAX_OPEN) {
                it.remove(); // oldest first: the map keeps issue order
            }
        }
        byte[] b = new byte[16];
        SecretRandom.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        open.put(token, new Ticket(token, page, frame, docId, nonce, now + TimeUnit.SECONDS.toNanos(TTL_SECONDS)));
        return token;
    }

    /** The ticket of {@code token}, used up by this call; null if unknown, used or expired. */
    synchronized Ticket take(String token) {
        Ticket t = token == null ? null : open.remove(token);
        return t == null || t.expiresAtNanos() - System.nanoTime() <= 0 ? null : t;
    }
}
