package cefshell.internal.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cef.browser.CefFrame;
import org.cef.handler.CefLoadHandler;
import org.cef.network.CefRequest;

import cefshell.DidFailLoadDetails;
import cefshell.DidNavigateDetails;
import cefshell.NavigationDetails;
import cefshell.WillNavigateEvent;

/**
 * One page's navigations as Electron reports them ({@code will-navigate}, {@code did-start-navigation},
 * {@code did-navigate}, {@code did-navigate-in-page}, {@code did-fail-load}), from CEF's request, load and display
 * callbacks. Those arrive on CEF's UI thread, which must answer at once and never runs user code.
 *
 * <p>So {@code will-navigate} is a hold and a replay: while the page has a will-navigate listener, a GET navigation
 * the page started itself (a link, a GET form, a script; CEF's transition source LINK or FORM_SUBMIT) is cancelled in
 * {@code onBeforeBrowse}, the listeners run on the event thread, and unless one prevented it the shell loads the URL
 * again as a browser-initiated navigation, which does not come back to the gate. The replay loses what a URL does not
 * carry: the referrer and the user gesture. Without a listener nothing is held. CEF passes no POST body to
 * {@code onBeforeBrowse}, so a POST cannot be replayed: it is not held, and its listeners hear of it with
 * {@link WillNavigateEvent#isCancellable()} false.
 *
 * <p>Two events are for a {@code <webview>} element, which only watches: {@link #onPageNavigation} hears of the
 * page's own navigations as will-navigate does but holds nothing, and {@link #onLoadCommit} is the element's
 * {@code load-commit} (any frame's new document, and the main frame's in-page steps).
 *
 * <p>State below is touched on CEF's UI thread only.
 */
public final class Navigations {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");

    private final BrowserHost host;
    private final List<Consumer<WillNavigateEvent>> willNavigate = new CopyOnWriteArrayList<>();
    private final Listeners<NavigationDetails> didStartNavigation = new Listeners<>();
    private final Listeners<DidNavigateDetails> didNavigate = new Listeners<>();
    private final Listeners<NavigationDetails> didNavigateInPage = new Listeners<>();
    private final Listeners<DidFailLoadDetails> didFailLoad = new Listeners<>();
    private final Listeners<String> pageNavigation = new Listeners<>();
    private final Listeners<NavigationDetails> loadCommit = new Listeners<>();

    private boolean crossDocumentPending; // a main-frame navigation to another document started and has not committed
    private String committedUrl = "";
    private String errorPageUrl;          // a failed URL whose error page may still commit
    private boolean navigated;            // the committed document is one did-navigate is due for

    Navigations(BrowserHost host) {
        this.host = host;
    }

    public void onWillNavigate(Consumer<WillNavigateEvent> listener) {
        willNavigate.add(listener);
    }

    public void onDidStartNavigation(Consumer<NavigationDetails> listener) {
        didStartNavigation.add(listener);
    }

    public void onDidNavigate(Consumer<DidNavigateDetails> listener) {
        didNavigate.add(listener);
    }

    public void onDidNavigateInPage(Consumer<NavigationDetails> listener) {
        didNavigateInPage.add(listener);
    }

    public void onDidFailLoad(Consumer<DidFailLoadDetails> listener) {
        didFailLoad.add(listener);
    }

    /**
     * The URL of each main-frame navigation the page starts itself, as will-navigate would hear of it, but without
     * holding it: no gate, nothing to prevent (a {@code <webview>} element's will-navigate).
     */
    public void onPageNavigation(Consumer<String> listener) {
        pageNavigation.add(listener);
    }

    /** A frame committed a new document, or the main frame's URL changed inside its document. */
    public void onLoadCommit(Consumer<NavigationDetails> listener) {
        loadCommit.add(listener);
    }

    /** {@code onBeforeBrowse}, CEF UI thread: true cancels the navigation. */
    boolean beforeBrowse(CefFrame frame, CefRequest request, boolean isRedirect) {
        if (isRedirect) {
            return false;
        }
        String url = request.getURL();
        boolean main = frame.isMain();
        boolean byThePage = main && pageInitiated(request);
        if (byThePage) {
            pageNavigation.fire(url);
        }
        if (byThePage && !willNavigate.isEmpty()) {
            if ("GET".equalsIgnoreCase(request.getMethod())) {
                ShellThreads.event(() -> decide(url));
                return true;
            }
            // CEF gives no POST body here, so a form POST could not be replayed: it goes on, and the listeners
            // hear of it without the power to stop it
            ShellThreads.event(() -> tell(new WillNavigateEvent(url, false)));
        }
        if (main) {
            crossDocumentPending = true;
        }
        didStartNavigation.fire(new NavigationDetails(url, false, main));
        return false;
    }

    /** A link, a form or a script of the page; not loadURL (EXPLICIT), reload, back/forward or subframe loads. */
    private static boolean pageInitiated(CefRequest request) {
        CefRequest.TransitionType t = request.getTransitionType();
        if (t == null || t.isSet(CefRequest.TransitionFlags.TT_FORWARD_BACK_FLAG)) {
            return false;
        }
        int source = t.getSource();
        return source == CefRequest.TransitionType.TT_LINK.getValue()
                || source == CefRequest.TransitionType.TT_FORM_SUBMIT.getValue();
    }

    private void decide(String url) {
        WillNavigateEvent event = new WillNavigateEvent(url, true);
        tell(event);
        if (!event.isDefaultPrevented() && !host.isClosing()) {
            host.loadURL(url); // browser-initiated (EXPLICIT): does not come back to the gate
        }
    }

    private void tell(WillNavigateEvent event) {
        for (Consumer<WillNavigateEvent> l : willNavigate) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a will-navigate listener threw", e);
            }
        }
    }

    /** {@code onLoadStart} of any frame, CEF UI thread: the frame committed a new document. */
    void loadStarted(CefFrame frame) {
        String url = frame.getURL();
        if (!frame.isMain()) {
            loadCommit.fire(new NavigationDetails(url, false, false));
            return;
        }
        crossDocumentPending = false;
        committedUrl = url;
        boolean placeholder = "about:blank".equals(url) && !"about:blank".equals(host.requestedUrl());
        // not Chromium's error page for a failed load: did-fail-load said it
        navigated = !url.equals(errorPageUrl) && !placeholder;
        errorPageUrl = null;
        if (!placeholder) {
            loadCommit.fire(new NavigationDetails(url, false, true));
        }
    }

    /**
     * {@code onLoadEnd} of the main frame, CEF UI thread, before did-finish-load: did-navigate comes here rather than
     * at the commit because only now does CEF tell the HTTP status (without a resource handler on every request).
     */
    void mainFrameLoadEnded(String url, int httpStatusCode) {
        if (navigated) {
            navigated = false;
            didNavigate.fire(new DidNavigateDetails(url, httpStatusCode <= 0 ? -1 : httpStatusCode,
                    HttpStatusTexts.of(httpStatusCode)));
        }
    }

    /** {@code onLoadError} of any frame, CEF UI thread. */
    void loadFailed(CefFrame frame, CefLoadHandler.ErrorCode code, String errorText, String failedUrl) {
        if (frame.isMain()) {
            crossDocumentPending = false;
        }
        if (code == CefLoadHandler.ErrorCode.ERR_ABORTED) {
            return; // as Electron: a cancelled load (stop, a new navigation, will-navigate's hold) is no failure
        }
        if (frame.isMain()) {
            errorPageUrl = failedUrl; // Chromium may commit an error page for it
        }
        String name = errorText == null || errorText.isEmpty() ? code.name() : errorText;
        if (name.startsWith("net::")) {
            name = name.substring(5);
        }
        didFailLoad.fire(new DidFailLoadDetails(code.getCode(), name, failedUrl, frame.isMain()));
    }

    /**
     * {@code onAddressChange}, CEF UI thread: a change of the main frame's URL without a cross-document navigation
     * underway is a navigation inside the document (fragment, {@code pushState}).
     */
    void addressChanged(CefFrame frame, String url) {
        if (frame == null || !frame.isMain() || crossDocumentPending || url.equals(committedUrl)
                || url.equals(errorPageUrl)) {
            return;
        }
        committedUrl = url;
        didStartNavigation.fire(new NavigationDetails(url, true, true));
        didNavigateInPage.fire(new NavigationDetails(url, true, true));
        loadCommit.fire(new NavigationDetails(url, true, true));
    }
}
