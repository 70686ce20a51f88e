package cefshell.internal.ipc;

import java.net.URI;

import org.cef.browser.CefFrame;

/**
 * What CEF told us about the frame that sent a message, captured while CEF's {@code CefFrame} is valid (only inside
 * the callback). The sender's identity always comes from here, never from the message.
 */
public record FrameRef(String frameId, String url, boolean isMain, String parentId) {
    public static FrameRef of(CefFrame frame) {
        CefFrame parent = frame.isMain() ? null : frame.getParent();
        return new FrameRef(frame.getIdentifier(), frame.getURL(), frame.isMain(),
                parent == null ? null : parent.getIdentifier());
    }

    public String origin() {
        return originOf(url);
    }

    /**
     * This frame, or, while CEF's browser side has not yet seen the frame's new document commit (its URL is still
     * empty or about:blank when the document's first script runs), the same frame at the origin Chromium put in the
     * request's {@code Origin} header.
     */
    public FrameRef committedOr(String requestOrigin) {
        boolean uncommitted = url == null || url.isEmpty() || url.equals("about:blank");
        if (!uncommitted || requestOrigin == null || requestOrigin.equals("null") || !requestOrigin.contains("://")) {
            return this;
        }
        return new FrameRef(frameId, requestOrigin + "/", isMain, parentId);
    }

    /** The last URL whose origin was asked for, and that origin: requests come from the same page in runs. */
    private record LastOrigin(String url, String origin) { }

    private static volatile LastOrigin last = new LastOrigin("", "null");

    /** {@code scheme://host[:port]}, or "null" for URLs without one (about:blank, data:, srcdoc). */
    public static String originOf(String url) {
        LastOrigin seen = last;
        if (seen.url.equals(url)) { // a URI parse on CEF's thread per request is the intake's largest cost
            return seen.origin;
        }
        String origin = parseOrigin(url);
        if (url != null) {
            last = new LastOrigin(url, origin);
        }
        return origin;
    }

    private static String parseOrigin(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || u.getHost() == null) {
                return "null";
            }
            return u.getScheme().toLowerCase() + "://" + u.getHost().toLowerCase() + (u.getPort() >= 0 ? ":" + u.getPort() : "");
        } catch (Exception e) {
            return "null";
        }
    }
}
