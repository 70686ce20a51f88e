package cefshell.internal.ipc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;

import cefshell.IpcMain;
import cefshell.IpcMessageListener;
import cefshell.JsError;
import cefshell.WebContents;

/**
 * The IPC state of one page (one browser): its ordering lanes, scoped {@code ipc()} objects, trusted origins,
 * outgoing messages and pending {@code executeJavaScript} results. The public WebContents delegates here.
 */
public final class PageIpc {
    private static final int MAX_LANES = 64;

    private final java.util.function.Supplier<CefBrowser> browser;
    private final WebContents webContents;
    private final IpcMainImpl ipc = new IpcMainImpl();
    private final Map<String, IpcMainImpl> frameIpcs = new ConcurrentHashMap<>();
    private final Map<String, FrameLane> lanes = new ConcurrentHashMap<>();
    private final Set<String> trustedOrigins = ConcurrentHashMap.newKeySet();
    private final List<IpcMessageListener> messageListeners = new CopyOnWriteArrayList<>();
    private final List<IpcMessageListener> syncMessageListeners = new CopyOnWriteArrayList<>();
    private final Map<Long, CompletableFuture<Object>> pendingScripts = new ConcurrentHashMap<>();
    private final AtomicLong nextScript = new AtomicLong(1);
    private final RendererPush push = new RendererPush(this);
    private final Documents documents = new Documents();

    /** @param browser the page's browser (created after this object, hence a supplier) */
    public PageIpc(java.util.function.Supplier<CefBrowser> browser, WebContents webContents) {
        this.browser = browser;
        this.webContents = webContents;
    }

    public WebContents webContents() {
        return webContents;
    }

    int processId() {
        return browser.get().getIdentifier();
    }

    CefFrame liveFrame(String frameId) {
        return frameId == null ? null : browser.get().getFrameByIdentifier(frameId);
    }

    CefFrame mainFrame() {
        return browser.get().getMainFrame();
    }

    RendererPush push() {
        return push;
    }

    Documents documents() {
        return documents;
    }

    /** The WebFrameMain for a live CEF frame (call inside a CEF callback or right after getting the frame). */
    public cefshell.WebFrameMain frame(CefFrame frame) {
        return new WebFrameMainImpl(this, FrameRef.of(frame));
    }

    public IpcMain ipc() {
        return ipc;
    }

    IpcMainImpl ipcImpl() {
        return ipc;
    }

    IpcMainImpl frameIpc(String frameId) {
        return frameIpcs.computeIfAbsent(frameId, id -> new IpcMainImpl());
    }

    /** The frame's scoped ipc, or null if nobody asked for one (saves creating them per message). */
    IpcMainImpl frameIpcIfAny(String frameId) {
        return frameIpcs.get(frameId);
    }

    /** IPC is offered to frames of these origins; Java adds an origin whenever it loads a URL itself. */
    public void trust(String originOrUrl) {
        String origin = originOrUrl.contains("://") ? FrameRef.originOf(originOrUrl) : originOrUrl;
        if (!origin.equals("null")) {
            trustedOrigins.add(origin);
        }
    }

    boolean trusts(String origin) {
        return trustedOrigins.contains(origin);
    }

    public Set<String> trustedOrigins() {
        return Set.copyOf(trustedOrigins);
    }

    public void onIpcMessage(IpcMessageListener l) {
        messageListeners.add(l);
    }

    public void onIpcMessageSync(IpcMessageListener l) {
        syncMessageListeners.add(l);
    }

    List<IpcMessageListener> messageListeners(boolean sync) {
        return sync ? syncMessageListeners : messageListeners;
    }

    /**
     * The lane of one document of one frame. Documents come and go with navigations; past {@value #MAX_LANES} lanes
     * the least recently used idle one is dropped (its document is almost certainly gone).
     */
    FrameLane lane(String frameId, String docId) {
        String key = frameId + "/" + docId;
        FrameLane lane = lanes.get(key);
        if (lane == null) {
            if (lanes.size() >= MAX_LANES) {
                evictOldestIdleLane();
            }
            lane = lanes.computeIfAbsent(key, d -> new FrameLane(PageIpc::log));
        }
        lane.touch();
        return lane;
    }

    private void evictOldestIdleLane() {
        lanes.entrySet().stream()
                .filter(e -> e.getValue().isIdle())
                .min(java.util.Comparator.comparingLong(e -> e.getValue().lastUsed()))
                .ifPresent(e -> lanes.remove(e.getKey(), e.getValue()));
    }

    public boolean send(String frameId, String channel, Object... args) {
        return push.send(frameId, channel, args, null);
    }

    /** Delivers a sendTo from another page to this page's main frame. */
    void sendFrom(int senderId, String channel, List<Object> args) {
        push.send(null, channel, args.toArray(), senderId);
    }

    /** Runs {@code code} in the main frame; the result comes back over IPC, decoded like IPC values. */
    public CompletableFuture<Object> executeJavaScript(String code) {
        long id = nextScript.getAndIncrement();
        CompletableFuture<Object> f = new CompletableFuture<>();
        pendingScripts.put(id, f);
        f.whenComplete((v, e) -> pendingScripts.remove(id));
        String script = "(function(){var c=window.__cefshell;if(!c)return;var t=c.transport;"
                + "Promise.resolve().then(function(){return (0,eval)(" + WireCodec.jsonString(code) + ");})"
                + ".then(function(v){t.scriptResult(" + id + ",true,v);},"
                + "function(e){t.scriptResult(" + id + ",false,String(e));});})();";
        browser.get().getMainFrame().executeJavaScript(WireCodec.jniSafe(script), "cefshell://executeJavaScript", 1);
        return f;
    }

    void completeScript(List<Object> args) {
        if (args.size() < 3 || !(args.get(0) instanceof Double id)) {
            return;
        }
        CompletableFuture<Object> f = pendingScripts.get(id.longValue());
        if (f == null) {
            return;
        }
        if (Boolean.TRUE.equals(args.get(1))) {
            f.complete(args.get(2));
        } else {
            f.completeExceptionally(new JsError("Error", String.valueOf(args.get(2)), null));
        }
    }

    /**
     * The page's renderer process died ({@code reason} says how, for the error text): its pending
     * {@code executeJavaScript} results fail now, and its documents' lanes are dropped.
     */
    public void rendererGone(String reason) {
        lanes.clear();
        pendingScripts.values().forEach(f -> f.completeExceptionally(new IllegalStateException(
                "executeJavaScript: the page's renderer process is gone (" + reason + ") before the script finished")));
    }

    /** The page is gone: fail what still waits on it. */
    public void closed() {
        lanes.clear();
        pendingScripts.values().forEach(f -> f.completeExceptionally(new IllegalStateException("WebContents was destroyed")));
    }

    static void log(String message) {
        System.err.println("cefshell: " + message);
    }
}
