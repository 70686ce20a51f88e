package cefshell;

import java.util.Set;

import cefshell.internal.browser.PopupRequest;
import cefshell.internal.browser.WebContentsImpl;

/**
 * The window-open policy: what happens when a page asks for a new window. CEF's popup is always cancelled on its UI
 * thread (see {@code BrowserHost}); here, on the event thread, the page's {@link WindowOpenHandler} (or the default)
 * decides, and an allowed window is a {@link BrowserWindow} of the shell's own, so it has the bridge and the preload.
 *
 * <p>Electron's handler is synchronous because Chromium waits for it; here nothing waits, since the shell opens the
 * window itself, so the handler runs where user code may run and may take its time (e.g. ask with a dialog).
 *
 * <p>IPC trust: the new page trusts the origins its opener trusts (plus those of the options' own preferences), not
 * automatically the URL the page chose: an app page may open its own origin and talk to Java from there, but a page
 * cannot hand IPC to an origin Java never trusted.
 */
final class ChildWindows {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");

    private ChildWindows() {
    }

    /**
     * Applies the policy to every window {@code page} asks for. Without {@code popupsAllowed} (a {@code <webview>}'s
     * guest without {@code allowpopups}) each is refused and no handler is asked, as Electron's {@code window.open}
     * there returns null.
     */
    static void attach(Shell shell, WebContentsImpl page, WebPreferences prefs, boolean popupsAllowed) {
        if (popupsAllowed) {
            page.host().onPopup(request -> open(shell, page, prefs, request));
        }
    }

    private static void open(Shell shell, WebContentsImpl opener, WebPreferences openerPrefs, PopupRequest request) {
        WindowOpenHandler.Details details = new WindowOpenHandler.Details(request.url(), request.frameName(), "",
                "foreground-tab", new WindowOpenHandler.Referrer(request.openerUrl(), "strict-origin-when-cross-origin"));
        WindowOpenHandler handler = opener.windowOpenHandler();
        WindowOpenHandler.Action action;
        if (handler == null) {
            action = WindowOpenHandler.Action.allow();
        } else {
            try {
                action = handler.handle(details);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the window open handler of WebContents #" + opener.id()
                        + " threw; the window for " + request.url() + " is denied", e);
                action = WindowOpenHandler.Action.deny();
            }
        }
        if (action == null || !action.isAllowed() || opener.isDestroyed()) {
            return;
        }
        BrowserWindowOptions given = action.overrideBrowserWindowOptions();
        WebPreferences prefs = given != null && given.webPreferencesGiven() ? given.webPreferences() : openerPrefs;
        BrowserWindowOptions options = withPreferences(given == null ? BrowserWindowOptions.defaults() : given,
                withTrust(prefs, opener.pageIpc().trustedOrigins()));
        // created on about:blank, then pointed at the page's URL without trusting it (loadURL would)
        BrowserWindow child = new BrowserWindow(shell, options, "about:blank");
        ((WebContentsImpl) child.webContents()).host().loadURL(request.url());
        if (!action.outlivesOpener()) {
            opener.onDestroyed(child::destroy);
        }
        opener.didCreateWindow(child, details);
    }

    private static BrowserWindowOptions withPreferences(BrowserWindowOptions o, WebPreferences prefs) {
        BrowserWindowOptions.Builder b = BrowserWindowOptions.builder().title(o.title()).size(o.width(), o.height())
                .show(o.show());
        return b.webPreferences(prefs).build();
    }

    private static WebPreferences withTrust(WebPreferences p, Set<String> origins) {
        WebPreferences.Builder b = WebPreferences.builder().preload(p.preload()).contextIsolation(p.contextIsolation())
                .transparent(p.transparent()).webviewTag(p.webviewTag());
        p.trustedOrigins().forEach(b::trustedOrigin);
        origins.forEach(b::trustedOrigin);
        return b.build();
    }
}
