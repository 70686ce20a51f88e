package cefshell.internal.browser;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.handler.CefLoadHandler;
import org.cef.network.CefPostData;
import org.cef.network.CefPostDataElement;
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
 * <p>So {@code will-navigate} is a hold and a replay: while the page has a will-navigate listener, a navigation the
 * page started itself (a link, a form, a script; CEF's transition source LINK or FORM_SUBMIT) is cancelled in
 * {@code onBeforeBrowse}, the listeners run on the event thread, and unless one prevented it the shell loads the same
 * request again (URL, method, body, headers, referrer) as a browser-initiated navigation, which does not come back to
 * the gate. Without a listener nothing is held. A POST to another origin cannot be replayed (CEF refuses
 * {@code LoadRequest} across origins), so it is not held: its listeners hear of it with
 * {@link WillNavigateEvent#isCancellable()} false.
 *
 * <p>State below is touched on CEF's UI thread only (the status fields also on the IO thread, hence volatile).
 */
public final class Navigations {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");

    private final BrowserHost host;
    private final List<Consumer<WillNavigateEvent>> willNavigate = new CopyOnWriteArrayList<>();
    private final Listeners<NavigationDetails> didStartNavigation = new Listeners<>();
    private final Listeners<DidNavigateDetails> didNavigate = new Listeners<>();
    private final Listeners<NavigationDetails> didNavigateInPage = new Listeners<>();
    private final Listeners<DidFailLoadDetails> didFailLoad = new Listeners<>();

    private boolean crossDocumentPending; // a main-frame navigation to another document started and has not committed
    private String committedUrl = "";
    private String errorPageUrl;          // a failed URL whose error page may still commit
    private volatile int status = -1;
    private volatile String statusText = "";

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

    /** {@code onBeforeBrowse}, CEF UI thread: true cancels the navigation. */
    boolean beforeBrowse(CefFrame frame, CefRequest request, boolean isRedirect) {
        if (isRedirect) {
            return false;
        }
        String url = request.getURL();
        boolean main = frame.isMain();
        if (main && !willNavigate.isEmpty() && pageInitiated(request)) {
            Replay replay = Replay.of(request, frame.getURL());
            if (replay != null) {
                ShellThreads.event(() -> decide(replay));
                return true;
            }
            ShellThreads.event(() -> tell(new WillNavigateEvent(url, false)));
        }
        if (main) {
            crossDocumentPending = true;
            status = -1;
            statusText = "";
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

    private void decide(Replay replay) {
        WillNavigateEvent event = new WillNavigateEvent(replay.url, true);
        tell(event);
        if (!event.isDefaultPrevented() && !host.isClosing()) {
            replay.load(host);
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

    /** The main resource's response, IO thread. */
    void responded(int httpStatus, String httpStatusText) {
        status = httpStatus;
        statusText = httpStatusText == null ? "" : httpStatusText;
    }

    /** {@code onLoadStart} of any frame, CEF UI thread: the frame committed a new document. */
    void loadStarted(CefFrame frame) {
        if (!frame.isMain()) {
            return;
        }
        crossDocumentPending = false;
        String url = frame.getURL();
        committedUrl = url;
        if (url.equals(errorPageUrl)) {
            errorPageUrl = null; // Chromium's error page for a failed load: did-fail-load said it all
            return;
        }
        if ("about:blank".equals(url) && !"about:blank".equals(host.requestedUrl())) {
            return; // the placeholder a page starts on
        }
        didNavigate.fire(new DidNavigateDetails(url, status, statusText));
    }

    /** {@code onLoadError} of any frame, CEF UI thread. */
    void loadFailed(CefFrame frame, CefLoadHandler.ErrorCode code, String errorText, String failedUrl) {
        if (frame.isMain()) {
            crossDocumentPending = false;
            errorPageUrl = failedUrl;
        }
        if (code == CefLoadHandler.ErrorCode.ERR_ABORTED) {
            return; // as Electron: a cancelled load (stop, a new navigation, will-navigate's hold) is no failure
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
    }

    /** A held navigation, copied out of CEF's request while it is valid. */
    private record Replay(String url, String method, byte[][] body, Map<String, String> headers, String referrer,
                          CefRequest.ReferrerPolicy policy) {
        /** Null when it cannot be replayed: a POST to another origin than the page's. */
        static Replay of(CefRequest request, String currentUrl) {
            String url = request.getURL();
            String method = request.getMethod();
            CefPostData post = request.getPostData();
            boolean hasBody = post != null && post.getElementCount() > 0;
            if (!hasBody && "GET".equalsIgnoreCase(method)) {
                return new Replay(url, "GET", null, null, request.getReferrerURL(), request.getReferrerPolicy());
            }
            if (!origin(url).equals(origin(currentUrl))) {
                return null;
            }
            byte[][] body = new byte[0][];
            if (hasBody) {
                Vector<CefPostDataElement> elements = new Vector<>();
                post.getElements(elements);
                body = new byte[elements.size()][];
                for (int i = 0; i < elements.size(); i++) {
                    CefPostDataElement e = elements.get(i);
                    if (e.getType() != CefPostDataElement.Type.PDE_TYPE_BYTES) {
                        return null; // file uploads: not copied
                    }
                    body[i] = new byte[e.getBytesCount()];
                    e.getBytes(body[i].length, body[i]);
                }
            }
            Map<String, String> headers = new HashMap<>();
            request.getHeaderMap(headers);
            return new Replay(url, method, body, headers, request.getReferrerURL(), request.getReferrerPolicy());
        }

        void load(BrowserHost host) {
            if (body == null) {
                host.loadURL(url);
                return;
            }
            CefPostData post = CefPostData.create();
            for (byte[] part : body) {
                CefPostDataElement e = CefPostDataElement.create();
                e.setToBytes(part.length, part);
                post.addElement(e);
            }
            CefRequest r = CefRequest.create();
            r.set(url, method, post, headers);
            if (referrer != null && !referrer.isEmpty()) {
                r.setReferrer(referrer, policy);
            }
            host.loadRequest(r);
        }

        private static String origin(String url) {
            try {
                URI u = URI.create(url);
                return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
            } catch (IllegalArgumentException | NullPointerException e) {
                return "opaque:" + url;
            }
        }
    }
}
