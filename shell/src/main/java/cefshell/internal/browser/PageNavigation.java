package cefshell.internal.browser;

/**
 * One navigation step of a page's frame, as CEF reports it (Electron's will-navigate, did-navigate,
 * did-navigate-in-page, did-fail-load): see {@link BrowserHost#onNavigation}.
 *
 * @param errorCode for {@link Kind#FAILED}: Chromium's net error code (e.g. -105 for a name that does not resolve);
 *                  else 0
 * @param errorText for {@link Kind#FAILED}: the error's name; else ""
 */
public record PageNavigation(Kind kind, String url, boolean mainFrame, int errorCode, String errorText) {
    /**
     * Whether a navigation request comes from the page (a link, a form, script), as Electron's will-navigate wants:
     * not Java's loadURL (a typed transition), a reload, or a step through the history.
     */
    static boolean byThePage(org.cef.network.CefRequest request) {
        var t = request.getTransitionType();
        if (t == null || t.isSet(org.cef.network.CefRequest.TransitionFlags.TT_FORWARD_BACK_FLAG)) {
            return false;
        }
        int source = t.getSource();
        return source == org.cef.network.CefRequest.TransitionType.TT_LINK.getValue()
                || source == org.cef.network.CefRequest.TransitionType.TT_FORM_SUBMIT.getValue();
    }

    public enum Kind {
        /** The page itself starts a navigation (a link, a form, {@code location.href = ...}), not Java nor history. */
        WILL_NAVIGATE,
        /** A frame committed a new document. */
        DID_NAVIGATE,
        /** The main frame's URL changed within its document (a fragment, {@code history.pushState}). */
        IN_PAGE,
        /** A frame's load failed. */
        FAILED
    }
}
