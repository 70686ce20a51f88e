package cefshell.internal.guest;

import java.awt.Component;
import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cef.browser.CefBrowser;

import cefshell.ConsoleMessage;
import cefshell.WebFrameMain;
import cefshell.internal.browser.CefShutdown;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.ipc.PageIpc;
import cefshell.internal.ipc.WireNames;

/**
 * One {@code <webview>}'s guest: its page, the element it belongs to (host page, host frame, view id), and the
 * guest's events turned into the element's DOM events, each sent with the guest's current state so the element's
 * synchronous getters ({@code getURL}, {@code canGoBack}...) need no round trip.
 */
final class Guest {
    private final PageIpc hostPage;
    private final Component hostView;
    private final String hostFrameId;
    private final int viewId;
    private final GuestSurface surface;
    private final GuestRequests requests;
    private volatile String userAgent = ""; // as the guest's bridge reports it, or as set since
    private volatile boolean destroyed;
    private volatile boolean sawDocument; // a navigation other than to the first about:blank
    private boolean domReadySent; // guarded by this: for the current load

    Guest(PageIpc hostPage, Component hostView, String hostFrameId, int viewId, GuestSurface surface,
          GuestRequests requests) {
        this.requests = requests;
        this.hostPage = hostPage;
        this.hostView = hostView;
        this.hostFrameId = hostFrameId;
        this.viewId = viewId;
        this.surface = surface;
    }

    WebContentsImpl webContents() {
        return surface.webContents();
    }

    PageIpc hostPage() {
        return hostPage;
    }

    String hostFrameId() {
        return hostFrameId;
    }

    int viewId() {
        return viewId;
    }

    /** Turns the guest page's events into the element's; call once, right after creation. */
    void forwardEvents() {
        var host = webContents().host();
        host.onLoadingStateChange(s -> {
            if (s.loading()) {
                synchronized (this) {
                    domReadySent = false;
                }
            }
            fire(s.loading() ? "did-start-loading" : "did-stop-loading", Map.of());
        });
        host.onMainFrameLoaded(url -> {
            domReady(); // if the bridge's report is still on its way (or there is no bridge): dom-ready comes first
            fire("did-finish-load", Map.of());
        });
        var navigations = host.navigations();
        // the element's will-navigate only watches: a listener of the gate would hold and replay each navigation
        navigations.onPageNavigation(url -> navigation("will-navigate", url, props("url", url)));
        navigations.onLoadCommit(d -> navigation("load-commit", d.url(),
                props("url", d.url(), "isMainFrame", d.isMainFrame())));
        navigations.onDidNavigate(d -> navigation("did-navigate", d.url(), props("url", d.url(),
                "httpResponseCode", d.httpResponseCode(), "httpStatusText", d.httpStatusText())));
        navigations.onDidNavigateInPage(d -> navigation("did-navigate-in-page", d.url(),
                props("url", d.url(), "isMainFrame", d.isMainFrame())));
        navigations.onDidFailLoad(d -> navigation("did-fail-load", d.validatedURL(), props("errorCode", d.errorCode(),
                "errorDescription", d.errorDescription(), "validatedURL", d.validatedURL(),
                "isMainFrame", d.isMainFrame())));
        host.onTitleChange(title -> fire("page-title-updated", props("title", title, "explicitSet", true)));
        host.onConsoleMessage(this::console);
        host.renderer().onGone(d -> fire("render-process-gone",
                props("details", props("reason", d.reason(), "exitCode", d.exitCode()))));
        host.onClosed(() -> {
            if (!destroyed) { // closed by itself (window.close(), the shell quitting): the element learns it
                destroyed = true;
                fire("destroyed", Map.of());
            }
            // only now: taking a windowed browser's component out of its window while CEF closes it can stall CEF
            Swing.later(() -> GuestPlacement.remove(surface.component()));
        });
    }

    /** One of Electron's navigation events of the element, with its properties. */
    private void navigation(String event, String url, Map<String, Object> props) {
        // a guest may start on a blank placeholder while its scripts are installed: not a navigation of its own
        if ("about:blank".equals(url) && !sawDocument) {
            return;
        }
        sawDocument = true;
        fire(event, props);
    }

    GuestRequests requests() {
        return requests;
    }

    void userAgent(String ua) {
        if (ua != null) {
            userAgent = ua;
        }
    }

    private void console(ConsoleMessage m) {
        int level = switch (m.level()) {
            case DEBUG -> 0;
            case INFO -> 1;
            case WARNING -> 2;
            case ERROR -> 3;
        };
        fire("console-message", props("level", level, "message", m.message(), "line", m.line(), "sourceId", m.source()));
    }

    /** The guest's {@code sendToHost}: the element's {@code ipc-message}. */
    void ipcMessage(WebFrameMain frame, String channel, List<Object> args) {
        fire("ipc-message", props("frameId", List.of(frame.processId(), frame.frameId()), "channel", channel,
                "args", args));
    }

    /**
     * The guest's top document has its DOM: reported by its bridge, or implied by did-finish-load, whichever comes
     * first (they travel different paths); once per load.
     */
    void domReady() {
        synchronized (this) {
            if (domReadySent) {
                return;
            }
            domReadySent = true;
            fire("dom-ready", Map.of()); // inside the lock: no did-finish-load can overtake it
        }
    }

    /** Sends an event to the element, with the guest's state as it is now. */
    void fire(String name, Map<String, Object> props) {
        hostPage.send(hostFrameId, WireNames.WEBVIEW_EVENT_CHANNEL, viewId, name, props, state());
    }

    private Map<String, Object> state() {
        CefBrowser b = webContents().host().browser();
        Map<String, Object> s = new LinkedHashMap<>();
        boolean live = b != null && !destroyed;
        s.put("url", live ? String.valueOf(b.getURL()) : "");
        s.put("title", webContents().getTitle());
        s.put("isLoading", live && b.isLoading());
        s.put("canGoBack", live && b.canGoBack());
        s.put("canGoForward", live && b.canGoForward());
        s.put("isCrashed", live && webContents().isCrashed());
        s.put("userAgent", userAgent);
        return s;
    }

    /** Follows the element's rectangle (host viewport CSS pixels). */
    void place(Rectangle rect, boolean visible) {
        if (!destroyed) {
            Swing.later(() -> GuestPlacement.place(hostView, surface.component(), rect, visible));
        }
    }

    /** Electron's webview.focus(): the keyboard goes to the guest page. EDT. */
    void focus() {
        if (!destroyed) {
            surface.component().requestFocus();
        }
    }

    /** The element is gone, or its page: the guest page closes without an event. Any thread; quick. */
    void destroy() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        if (CefShutdown.inProgress()) {
            // JCEF is closing every browser, this one included, maybe already: moving its component now, while CEF
            // closes it, stalls CEF's shutdown (seen as a 30 s hang at Ctrl-C in apps/webview, about every other
            // run). Left where it is; its host window is disposed only once CEF is down (BrowserWindow).
            return;
        }
        // Off the host's window first, into the hidden parking window, then closed: the host's window may be about
        // to be disposed (its page closed), and a windowed browser whose native parent is destroyed before CEF has
        // closed it stalls CEF's shutdown (measured). Posted now, so it runs before that disposal.
        Swing.later(() -> {
            GuestPlacement.park(surface.component());
            // closed in a later event, once the move to the parking window has been dispatched; the component
            // leaves the parking window once the page is closed (forwardEvents)
            javax.swing.SwingUtilities.invokeLater(() -> webContents().host().close());
        });
    }

    private static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
