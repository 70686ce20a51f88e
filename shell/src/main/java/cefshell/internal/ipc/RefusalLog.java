package cefshell.internal.ipc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Refused requests, counted and logged sparingly: a hostile or broken frame can send thousands, and the host's log
 * must not drown. Each (page, reason, origin) is logged at its 1st, 10th, 100th... refusal with the count so far and
 * a shortened URL; past {@value #MAX_KEYS} distinct keys only the total counts. Messages of a document that is gone
 * are only counted: they are what a closing page still had on its way, nothing a developer has to act on.
 */
final class RefusalLog {
    private static final int MAX_KEYS = 1024;
    private static final int MAX_URL_CHARS = 80;

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final Consumer<String> log;

    RefusalLog(Consumer<String> log) {
        this.log = log;
    }

    void refused(int webContentsId, Refusal refusal, String origin, String url) {
        total.incrementAndGet();
        if (refusal.reason() == Refusal.Reason.GONE) {
            return; // a page that closed or crashed drops its last messages; the crash itself is reported elsewhere
        }
        String key = webContentsId + " " + refusal.reason() + " " + origin;
        AtomicLong n = counts.get(key);
        if (n == null) {
            if (counts.size() >= MAX_KEYS) {
                return;
            }
            n = counts.computeIfAbsent(key, k -> new AtomicLong());
        }
        long count = n.incrementAndGet();
        if (isPowerOfTen(count)) {
            log.accept(EnvelopeParser.shorten(refusal.text()) + " (frame " + shortUrl(url) + "; "
                    + (count == 1 ? "first refusal of its kind from this origin" : count + " such refusals so far") + ")");
        }
    }

    /** Every refusal counted since the shell started. */
    long total() {
        return total.get();
    }

    private static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }

    static String shortUrl(String url) {
        if (url == null) {
            return "?";
        }
        return url.length() <= MAX_URL_CHARS ? url : url.substring(0, MAX_URL_CHARS - 3) + "...";
    }
}
