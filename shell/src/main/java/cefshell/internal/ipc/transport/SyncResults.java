package cefshell.internal.ipc.transport;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import cefshell.internal.ipc.SecretRandom;

/**
 * Large sendSync replies of the prompt transport, parked under a random one-time token until the page fetches them
 * with a synchronous XHR ({@code GET /__cefshell/sync-result?<token>}); a reply not fetched within a minute is dropped.
 */
public final class SyncResults {
    private static final long KEEP_SECONDS = 60;
    private final Map<String, String> parked = new ConcurrentHashMap<>();

    String park(String text) {
        byte[] b = new byte[16];
        SecretRandom.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        parked.put(token, text);
        cefshell.internal.ipc.IpcThreads.TIMER.schedule(() -> parked.remove(token), KEEP_SECONDS, TimeUnit.SECONDS);
        return token;
    }

    /** The parked reply, removed; null if there is none (fetched already, expired, or never parked). */
    String take(String token) {
        return token == null ? null : parked.remove(token);
    }
}
