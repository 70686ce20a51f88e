package cefshell;

/**
 * Electron's {@code 'will-navigate'}: the page itself is about to leave its document for {@link #url()} (a link, a
 * form, {@code location.href = ...}). {@link #preventDefault()} keeps the page where it is. Not fired for
 * {@link WebContents#loadURL}, {@link WebContents#reload()}, back/forward, or navigations inside the document.
 */
public final class WillNavigateEvent {
    private final String url;
    private final boolean cancellable;
    private volatile boolean prevented;

    /** @param cancellable false for a navigation the shell could not hold (see {@link #isCancellable()}) */
    public WillNavigateEvent(String url, boolean cancellable) {
        this.url = url;
        this.cancellable = cancellable;
    }

    /** Where the page wants to go. */
    public String url() {
        return url;
    }

    /** Electron's {@code details.isMainFrame}: always true, as the event is the main frame's. */
    public boolean isMainFrame() {
        return true;
    }

    /**
     * False for a form POST: CEF does not pass its body to the shell, which could then not send it again after the
     * listeners, so the navigation goes on and {@link #preventDefault()} has no effect (see the README).
     */
    public boolean isCancellable() {
        return cancellable;
    }

    /** Keeps the page on its current document. */
    public void preventDefault() {
        prevented = true;
    }

    public boolean isDefaultPrevented() {
        return prevented;
    }

    @Override
    public String toString() {
        return "will-navigate " + url + (prevented ? " (prevented)" : "");
    }
}
