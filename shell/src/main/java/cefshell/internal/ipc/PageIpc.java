package cefshell.internal.ipc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;

import cefshell.IpcMain;
import cefshell.IpcMessageListener;
import cefshell.WebContents;

/**
 * The IPC state of one page (one browser): its documents and their lanes, scoped {@code ipc()} objects, trusted
 * origins and outgoing messages. The public WebContents delegates here.
 *
 * <p>Words used across this package: a <em>page</em> is one browser (a WebContents); a <em>document</em> is one load
 * of one frame of it, named by an id its bridge makes up; a <em>lane</em> is a document's ordered inbox.
 */
public final class PageIpc {
    private static final System.Logger LOG = System.getLogger("cefshell.ipc");
    private static final int MAX_LANES = 64;

    private final LiveBrowser browser;
    private volatile int processId; // the browser's id, remembered for after it closed
    private final WebContents webContents;
    private final IpcMainImpl ipc = new IpcMainImpl();
    private final Map<String, IpcMainImpl> frameIpcs = new ConcurrentHashMap<>();
    private final Map<String, FrameLane> lanes = new ConcurrentHashMap<>();
    /**
     * Lanes closed with their documents by {@link #rendererGone}, by key; the most recent {@value #MAX_LANES}. A
     * message of such a document that comes late (it was on its way while the page closed) meets its closed lane
     * and is refused like the rest, instead of opening a new lane that would wait for sequence numbers the old one
     * already had.
     */
    private final Map<String, FrameLane> goneLanes = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, FrameLane> eldest) {
                    return size() > MAX_LANES;
                }
            });
    private final Set<String> trustedOrigins = ConcurrentHashMap.newKeySet();
    private final List<IpcMessageListener> messageListeners = new CopyOnWriteArrayList<>();
    private final List<IpcMessageListener> syncMessageListeners = new CopyOnWriteArrayList<>();
    private volatile ScriptResults scriptResults = ScriptResults.NONE;
    private volatile FrameScripts frameScripts = FrameScripts.NONE;
    private volatile IpcTrace trace = IpcTrace.OFF;
    private final RendererPush push = new RendererPush(this);
    private final Documents documents = new Documents();
    private final PagePortLink portLink = new PagePortLink(this);
    private final DocumentScoped documentScoped = new DocumentScoped();

    /** @param browser the page's browser (created after this object) */
    public PageIpc(LiveBrowser browser, WebContents webContents) {
        this.browser = browser;
        this.webContents = webContents;
        // a new document in a frame: ports of the documents it replaced close (off the CEF thread that saw it)
        documents.onNewDocument((frameId, docId) -> IpcThreads.HANDLERS.execute(() -> {
            documentScoped.documentStarted(frameId, docId, id -> liveFrame(id) != null);
            PortRelays.current().documentStarted(portLink, frameId, docId);
        }));
    }

    PortLink portLink() {
        return portLink;
    }

    /**
     * {@code webFrameMain.postMessage} ({@code frameId} null: the main frame): Electron's checks, then the message
     * and its ports go to the frame in order with its other messages.
     */
    public void postMessage(String frameId, String channel, Object message,
                            java.util.List<? extends cefshell.MessagePortMain> transfer) {
        if (channel == null) {
            throw new IllegalArgumentException("Error processing argument at index 0, conversion failure from null");
        }
        cefshell.internal.codec.EncodedMessage encoded;
        try {
            encoded = cefshell.internal.codec.ValueEncoder.encode(new Object[] {message}, true);
            if (PagePortLink.total(encoded.blobs()) < PushParts.MIN_BYTES && !encoded.blobs().isEmpty()) {
                encoded = cefshell.internal.codec.ValueEncoder.encode(new Object[] {message}, false);
            } else {
                encoded = PagePortLink.copied(encoded); // the caller may change its arrays after this returns
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("An object could not be cloned.", e);
        }
        CefFrame frame = frameId == null ? mainFrame() : liveFrame(frameId);
        if (frame == null) {
            throw new IllegalStateException("Render frame was disposed before WebFrameMain could be accessed");
        }
        PortRelays.current().postToPage(portLink, frame.getIdentifier(), channel, encoded.json(), encoded.blobs(),
                transfer); // null: Electron's "Invalid value for transfer"
    }

    public WebContents webContents() {
        return webContents;
    }

    int processId() {
        Integer id = browser.call(CefBrowser::getIdentifier, null);
        if (id != null) {
            processId = id;
        }
        return processId;
    }

    /** The frame, or null when it (or the page) is gone. */
    CefFrame liveFrame(String frameId) {
        return frameId == null ? null : browser.call(b -> b.getFrameByIdentifier(frameId), null);
    }

    /** The main frame, or null once the page is closed. */
    CefFrame mainFrame() {
        return browser.call(CefBrowser::getMainFrame, null);
    }

    /** Every frame of the page now, captured as FrameRefs. */
    java.util.List<FrameRef> liveFrames() {
        return browser.call(b -> {
            java.util.List<FrameRef> out = new java.util.ArrayList<>();
            for (String id : b.getFrameIdentifiers()) {
                CefFrame f = b.getFrameByIdentifier(id);
                if (f != null) {
                    out.add(FrameRef.of(f));
                }
            }
            return out;
        }, new java.util.ArrayList<>());
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

    /**
     * IPC is offered to frames of these origins; Java adds an origin whenever it loads a URL itself. URLs without an
     * origin (about:blank, data:) add nothing: their frames have the opaque origin "null", which is never trusted.
     */
    public void trust(String originOrUrl) {
        String origin = originOrUrl.contains("://") ? FrameRef.originOf(originOrUrl) : "null";
        if (!origin.equals("null")) {
            trustedOrigins.add(origin);
        }
    }

    public boolean trusts(String origin) {
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
            FrameLane gone = goneLanes.get(key);
            if (gone != null) {
                return gone;
            }
            if (lanes.size() >= MAX_LANES) {
                evictOldestIdleLane();
            }
            lane = lanes.computeIfAbsent(key, d -> new FrameLane(IpcThreads.HANDLERS, IpcThreads.TIMER,
                    TimeUnit.SECONDS.toMillis(FrameLane.GAP_TIMEOUT_SECONDS),
                    m -> log("WebContents #" + webContents.id() + ", document " + docId + ": " + m)));
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
        boolean sent = push.send(frameId, channel, args, null, false);
        if (trace != IpcTrace.OFF) {
            trace.pushed(webContents.id(), frameId, channel, args, sent);
        }
        return sent;
    }

    /** Tells {@code trace} (the IPC inspector) of each message Java sends to this page. */
    public void trace(IpcTrace trace) {
        this.trace = java.util.Objects.requireNonNull(trace, "trace == null");
    }

    /** Delivers a sendTo from another page to this page's main frame. */
    void sendFrom(int senderId, boolean senderIsMainFrame, String channel, List<Object> args) {
        push.send(null, channel, args.toArray(), senderId, senderIsMainFrame);
    }

    /**
     * Under context isolation Java cannot call into the bridge's world: messages to the page then answer the
     * bridge's waiting pulls instead of running a script (see {@link RendererPush}). Set before the page loads.
     */
    public void usePulls() {
        push.usePulls();
    }

    /** Where this page's executeJavaScript results go; set once by the browser layer. */
    public void onScriptResults(ScriptResults sink) {
        scriptResults = sink;
    }

    /** Who runs WebFrameMain.executeJavaScript's scripts; set once by the browser layer. */
    public void onFrameScripts(FrameScripts runner) {
        frameScripts = runner;
    }

    FrameScripts frameScripts() {
        return frameScripts;
    }

    ScriptResults scriptResults() {
        return scriptResults;
    }

    /**
     * The page's renderer is gone (crashed, killed) or the page was closed: what its documents still had queued is
     * dropped, not delivered, and answered with {@code why}, and so is what those documents send later; the
     * documents of a reloaded page have new ids and start new lanes.
     */
    public void rendererGone(String why) {
        Refusal gone = Refusal.gone(why);
        for (Map.Entry<String, FrameLane> e : lanes.entrySet()) {
            e.getValue().close(gone);
            goneLanes.put(e.getKey(), e.getValue());
            lanes.remove(e.getKey(), e.getValue());
        }
        documentScoped.closeAll();
        // off the caller's thread, which may be one of CEF's: the ports' lock is never taken there
        IpcThreads.HANDLERS.execute(() -> PortRelays.current().pageGone(portLink));
    }

    /**
     * Runs {@code close} when the document {@code docId} of {@code frameId} is gone (a new document started in its
     * frame, the renderer died, the page closed); must not block. Returns a handle that forgets it.
     */
    public Runnable closeWithDocument(String frameId, String docId, Runnable close) {
        return documentScoped.add(frameId, docId, close);
    }

    /** The page is gone for good. */
    public void closed() {
        rendererGone("WebContents was destroyed");
    }

    static void log(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
    }
}
