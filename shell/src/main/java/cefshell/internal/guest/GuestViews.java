package cefshell.internal.guest;

import java.awt.Rectangle;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import cefshell.WebFrameMain;
import cefshell.WebPreferences;
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
    private final Set<Integer> hosts = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Guest> byGuestId = new ConcurrentHashMap<>();
    /** host webContents id -> "hostFrameId/viewId" -> guest */
    private final Map<Integer, Map<String, Guest>> byHost = new ConcurrentHashMap<>();
    private final AtomicBoolean partitionWarned = new AtomicBoolean();
    private final Set<Integer> open = ConcurrentHashMap.newKeySet(); // guest pages until CEF has closed them
    private volatile GuestSurfaces surfaces;

    /** How guest pages are made; set once by the shell. */
    public void useSurfaces(GuestSurfaces surfaces) {
        this.surfaces = surfaces;
    }

    /** {@code host} has {@code webviewTag}: it may create guests, which go when its document or itself goes. */
    public void allowHost(WebContentsImpl host) {
        int id = host.id();
        hosts.add(id);
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

    private int create(PageIpc host, WebFrameMain frame, int viewId, Map<?, ?> params) {
        int hostId = host.webContents().id();
        if (!hosts.contains(hostId)) {
            throw new IllegalArgumentException("<webview> is disabled: the page's webPreferences have no webviewTag");
        }
        String key = key(frame, viewId);
        Map<String, Guest> guests = byHost.computeIfAbsent(hostId, k -> new ConcurrentHashMap<>());
        Guest existing = guests.get(key);
        if (existing != null) {
            return existing.webContents().id();
        }
        String src = params.get("src") instanceof String s ? s : "about:blank";
        if (params.get("partition") instanceof String p && !p.isEmpty() && partitionWarned.compareAndSet(false, true)) {
            System.err.println("cefshell: <webview partition=\"" + p + "\">: partitions are not supported yet; "
                    + "every guest shares the host's session (warned once)");
        }
        WebPreferences.Builder prefs = WebPreferences.builder();
        Path preload = preloadPath(params.get("preload"));
        if (preload != null) {
            prefs.preload(preload);
        }
        GuestSurfaces make = surfaces;
        if (make == null) {
            throw new IllegalArgumentException("<webview> is not available in this shell");
        }
        GuestSurface surface = make.create(src, prefs.build());
        var hostView = ((WebContentsImpl) host.webContents()).host().uiComponent();
        Guest g = new Guest(host, hostView, frame.frameId(), viewId, surface);
        byGuestId.put(surface.webContents().id(), g);
        guests.put(key, g);
        int guestId = surface.webContents().id();
        open.add(guestId);
        surface.webContents().host().onClosedSync(() -> {
            open.remove(guestId);
            forget(g);
        });
        g.forwardEvents();
        ((WebContentsImpl) host.webContents()).didAttachWebview(surface.webContents());
        return surface.webContents().id();
    }

    /** Electron: the preload must be a file: URL; anything else is ignored with this error. */
    private static Path preloadPath(Object preload) {
        if (!(preload instanceof String s) || s.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(s);
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        } catch (Exception e) {
            // reported below
        }
        System.err.println("cefshell: Only \"file:\" protocol is supported in \"preload\" attribute.");
        return null;
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
