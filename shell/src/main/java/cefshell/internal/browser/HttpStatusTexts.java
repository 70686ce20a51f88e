package cefshell.internal.browser;

import java.util.Map;

/** The reason phrases of common HTTP statuses, for did-navigate: CEF's load callbacks give only the number. */
final class HttpStatusTexts {
    private static final Map<Integer, String> TEXTS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"));

    private HttpStatusTexts() {
    }

    /** The phrase for {@code status}, or "" for one not listed. */
    static String of(int status) {
        return TEXTS.getOrDefault(status, "");
    }
}
