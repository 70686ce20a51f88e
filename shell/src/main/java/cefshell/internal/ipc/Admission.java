package cefshell.internal.ipc;

/**
 * The checks every transport makes before a request reaches a lane: is the frame's origin trusted by its page, and
 * does the request name a document. Failures carry the text the page sees.
 */
final class Admission {
    private Admission() {
    }

    /** The refusal message for an untrusted frame, or null if it may use IPC. */
    static String refusal(PageIpc page, FrameRef from) {
        return page == null ? refusal(null, null, null) : refusal(page, from.origin(), from.url());
    }

    /** The same for a sender known only by its origin (and the URL CEF gave, for the log). */
    static String refusal(PageIpc page, String origin, String url) {
        if (page == null) {
            return "IPC refused: this browser is not managed by cefshell";
        }
        if (!page.trusts(origin)) {
            String text = "IPC refused: origin '" + origin + "' is not trusted by WebContents #"
                    + page.webContents().id() + " (trusted: " + page.trustedOrigins() + ")";
            PageIpc.log(text + "; frame " + url);
            return text;
        }
        return null;
    }

    /**
     * The document id at the start of an envelope ({@code "d":"..."} within its first members), without parsing
     * the rest; null if there is none.
     */
    static String peekDocId(String head) {
        int at = head.indexOf("\"d\":\"");
        if (at < 0 || at > 4096) {
            return null;
        }
        int start = at + 5;
        int end = head.indexOf('"', start);
        if (end < 0 || end - start < 1 || end - start > 64) {
            return null;
        }
        String id = head.substring(start, end);
        for (int i = 0; i < id.length(); i++) {
            if (!Character.isLetterOrDigit(id.charAt(i))) {
                return null;
            }
        }
        return id;
    }
}
