package cefshell.internal.guest;

import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cef.browser.CefRequestContext;
import org.cef.callback.CefSchemeHandlerFactory;

import cefshell.WebFrameMain;
import cefshell.WebPreferences;
import cefshell.internal.browser.ShellThreads;
import cefshell.internal.browser.UserAgentOverride;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.ipc.HostRelay;
import cefshell.internal.ipc.PageIpc;
import cefshell.internal.ipc.Reply;

/**
 * Every {@code <webview>} guest of the shell, and the relay the IPC core hands their traffic to: the host pages'
 * element operations (create, rect, destroy, the element's methods) and the guests' {@code sendToHost}. Only pages
 * whose preferences have {@code webviewTag} may create guests; a guest is destroyed with its element, and with its
 * host page's document (a navigation) or the host page itself.
 */
public final class GuestViews implements HostRelay {
    /** host webContents id -> its preferences (a guest is never less isolated than its host) */
    private final Map<Integer, WebPreferences> hosts = new ConcurrentHashMap<>();
    private final Map<Integer, Guest> byGuestId = new ConcurrentHashMap<>();
    /** host webContents id -> "hostFrameId/viewId" -> guest */
    private final Map<Integer, Map<String, Guest>> byHost = new ConcurrentHashMap<>();
    private final Partitions partitions = new Partitions();
    private final CefSchemeHandlerFactory appScheme;
    private final Set<Integer> open = ConcurrentHashMap.newKeySet(); // guest pages until CEF has closed them
    private volatile GuestSurfaces surfaces;

    /** @param appScheme serves the app scheme to guests in partitions of their own */
    public GuestViews(CefSchemeHandlerFactory appScheme) {
        this.appScheme = appScheme;
    }

    /** How guest pages are made; set once by the shell. */
    public void useSurfaces(GuestSurfaces surfaces) {
        this.surfaces = surfaces;
    }

    /** {@code host} has {@code webviewTag}: it may create guests, which go when its document or itself goes. */
    public void allowHost(WebContentsImpl host, WebPreferences prefs) {
        int id = host.id();
        hosts.put(id, prefs);
        host.host().onMainFrameStartSync(() -> destroyAll(id));
        host.host().onClosedSync(() -> {
            hosts.remove(id);
            destroyAll(id);
        });
    }

    /** The guest page with this webContents id, or null. */
    public WebContentsImpl guest(int webContentsId) {
        Guest g = byGuestId.get(webContentsId);
        return g == null ? null : g.webContents();
    }

    /** Guest pages not yet closed (for tests and diagnostics). */
    public int liveGuests() {
        return open.size();
    }

    /** The host page of a guest, or null when {@code webContentsId} is not a guest's. */
    public PageIpc hostOf(int webContentsId) {
        Guest g = byGuestId.get(webContentsId);
        return g == null ? null : g.hostPage();
    }

    @Override
    public boolean sendToHost(PageIpc from, WebFrameMain frame, String channel, List<Object> args) {
        Guest g = byGuestId.get(from.webContents().id());
        if (g == null) {
            return false;
        }
        g.ipcMessage(frame, channel, args);
        return true;
    }

    @Override
    public void webview(PageIpc from, WebFrameMain frame, String op, List<Object> args, Reply reply) {
        try {
            if (op.equals("dom-ready")) { // a guest's own report, not an element's
                Guest g = byGuestId.get(from.webContents().id());
                if (g != null && frame.isMainFrame()) {
                    g.userAgent(args.isEmpty() || !(args.get(0) instanceof String ua) ? null : ua);
                    g.domReady();
                }
                reply.result(null);
                return;
            }
            int viewId = intArg(args, 0, "view id");
            if (op.equals("create")) {
                reply.result(create(from, frame, viewId, args.size() > 1 && args.get(1) instanceof Map<?, ?> m ? m : Map.of()));
                return;
            }
            Guest g = guestOf(from, frame, viewId);
            if (g == null) {
                reply.error("Error: Invalid guestInstanceId: " + viewId);
                return;
            }
            GuestOps.run(g, op, args.subList(1, args.size()), reply, this::destroy);
        } catch (IllegalArgumentException e) {
            reply.error("Error: " + e.getMessage());
        }
    }

    /** Makes the element's guest; returns its webContents id, or -1 when a will-attach-webview listener refused it. */
    private int create(PageIpc host, WebFrameMain frame, int viewId, Map<?, ?> attributes) {
        int hostId = host.webContents().id();
        WebPreferences hostPrefs = hosts.get(hostId);
        if (hostPrefs == null) {
            throw new IllegalArgumentException("<webview> is disabled: the page's webPreferences have no webviewTag");
        }
        String key = key(frame, viewId);
        Map<String, Guest> guests = byHost.computeIfAbsent(hostId, k -> new ConcurrentHashMap<>());
        Guest existing = guests.get(key);
        if (existing != null) {
            return existing.webContents().id();
        }
        GuestSurfaces make = surfaces;
        if (make == null) {
            throw new IllegalArgumentException("<webview> is not available in this shell");
        }
        WebContentsImpl hostContents = (WebContentsImpl) host.webContents();
        GuestParams params = new GuestParams(attributes, hostPrefs);
        hostContents.willAttachWebview(params);
        if (params.isDefaultPrevented()) {
            return -1;
        }
        String partition = params.partition();
        if (!Partitions.isValid(partition)) {
            throw new IllegalArgumentException("Invalid partition attribute.");
        }
        CefRequestContext context = partitions.contextFor(partition);
        GuestRequests requests = new GuestRequests(context == null ? null : appScheme);
        requests.referrerOnce(params.httpReferrer());
        String userAgent = params.userAgent();
        Guest[] made = new Guest[1];
        GuestSurface surface = make.create(params.src(), params.preferences(), params.allowPopups(), h -> {
            h.useRequestContext(context);
            h.useResourceRequests(requests);
            if (!userAgent.isEmpty()) {
                UserAgentOverride.atFirstNavigation(h, userAgent);
            }
            // the keyboard in the guest is the keyboard in the host's window: no blur for the window when its
            // <webview> is clicked (as in Electron), and BrowserWindow.isFocused() stays true while the user types there
            h.onPageFocusSync(hostContents.host()::guestTookFocus);
            // the guest's window.close(): Electron keeps the guest and tells the element
            h.onPageCloseRequest(() -> ShellThreads.event(() -> {
                if (made[0] != null) {
                    made[0].fire("close", Map.of());
                }
            }));
        });
        var hostView = hostContents.host().uiComponent();
        Guest g = new Guest(host, hostView, frame.frameId(), viewId, surface, requests);
        g.userAgent(userAgent.isEmpty() ? null : userAgent);
        made[0] = g;
        byGuestId.put(surface.webContents().id(), g);
        guests.put(key, g);
        int guestId = surface.webContents().id();
        open.add(guestId);
        surface.webContents().host().onClosedSync(() -> {
            open.remove(guestId);
            forget(g);
        });
        g.forwardEvents();
        hostContents.didAttachWebview(surface.webContents());
        return guestId;
    }

    private Guest guestOf(PageIpc host, WebFrameMain frame, int viewId) {
        Map<String, Guest> guests = byHost.get(host.webContents().id());
        return guests == null ? null : guests.get(key(frame, viewId));
    }

    private void destroy(Guest g) {
        forget(g);
        g.destroy();
    }

    private void forget(Guest g) {
        byGuestId.remove(g.webContents().id(), g);
        Map<String, Guest> guests = byHost.get(g.hostPage().webContents().id());
        if (guests != null) {
            guests.remove(g.hostFrameId() + "/" + g.viewId(), g);
        }
    }

    /**
     * Called on the CEF UI thread: takes the host's guests now (later ones belong to its next document); each is
     * closed from the EDT, posted now, before the host's window can be disposed.
     */
    private void destroyAll(int hostId) {
        Map<String, Guest> guests = byHost.remove(hostId);
        if (guests != null) {
            guests.values().forEach(this::destroy);
        }
    }

    private static String key(WebFrameMain frame, int viewId) {
        return frame.frameId() + "/" + viewId;
    }

    static int intArg(List<Object> args, int i, String what) {
        if (args.size() > i && args.get(i) instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return d.intValue();
        }
        throw new IllegalArgumentException("bad " + what);
    }

    static Rectangle rect(List<Object> args) {
        return new Rectangle(intArg(args, 0, "x"), intArg(args, 1, "y"), Math.max(0, intArg(args, 2, "width")),
                Math.max(0, intArg(args, 3, "height")));
    }
}
