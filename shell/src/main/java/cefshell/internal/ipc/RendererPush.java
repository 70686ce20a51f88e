package cefshell.internal.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cef.browser.CefFrame;

import cefshell.internal.codec.JsText;
import cefshell.internal.codec.ValueEncoder;

/**
 * Main-to-renderer messages of one page. Messages for a frame queue in its outbox; one task on the "cefshell-push"
 * thread drains the outbox at once, so a burst of sends costs a few deliveries instead of one each, and one thread
 * keeps them in order. A batch reaches the page one of two ways:
 * <ul>
 * <li>page world (no context isolation): one {@code executeJavaScript} calling the bridge's {@code deliver};
 * <li>under context isolation Java cannot call into the bridge's world, so the bridge keeps one cefQuery waiting
 *     (a <em>pull</em>) and the batch is its answer; the bridge asks again at once. Messages for a frame whose
 *     document has no pull waiting stay queued until it asks.
 * </ul>
 */
final class RendererPush {
    private static final System.Logger LOG = System.getLogger("cefshell.ipc");
    private static final int MAX_SCRIPT_CHARS = 8 << 20;
    /** Queued for a frame that never pulls (no bridge there): past this many, the oldest are dropped. */
    private static final int MAX_QUEUED = 100_000;
    private static final String MAIN = "";

    private final PageIpc page;
    private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();
    private volatile boolean pullMode;

    private static final class Outbox {
        List<String> items = new ArrayList<>();
        boolean scheduled;
        Responder pull;        // the document's waiting pull, pull mode only
        boolean droppedLogged;
    }

    RendererPush(PageIpc page) {
        this.page = page;
    }

    /** Under context isolation: batches go to pulls, never to executeJavaScript. */
    void usePulls() {
        pullMode = true;
    }

    /**
     * Queues a message for a frame ({@code frameId} null: the main frame). Encoding errors are logged, as Electron's
     * {@code webContents.send} does, not thrown.
     *
     * @return false when the frame does not exist
     */
    boolean send(String frameId, String channel, Object[] args, Integer senderId, boolean senderIsMainFrame) {
        if (channel == null) {
            throw new IllegalArgumentException("Missing required channel argument");
        }
        if (frameId != null && page.liveFrame(frameId) == null) {
            return false;
        }
        String item;
        try {
            item = "[" + JsText.stringLiteral(channel) + "," + ValueEncoder.encodeText(args == null ? new Object[0] : args)
                    + (senderId == null ? "" : "," + senderId + "," + senderIsMainFrame) + "]";
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Error sending from webFrameMain:  Error: " + e.getMessage());
            return true;
        }
        return enqueue(frameId, item);
    }

    /**
     * Queues an item already in the batch format (port traffic, see {@link PagePortLink}), in order with every
     * other message to the frame.
     *
     * @return false when the frame does not exist
     */
    boolean sendItem(String frameId, String item) {
        if (frameId != null && page.liveFrame(frameId) == null) {
            return false;
        }
        return enqueue(frameId, item);
    }

    private boolean enqueue(String frameId, String item) {
        String key = key(frameId);
        Outbox box = outboxes.computeIfAbsent(key, k -> new Outbox());
        boolean schedule;
        synchronized (box) {
            box.items.add(item);
            if (box.items.size() > MAX_QUEUED) {
                box.items.remove(0);
                if (!box.droppedLogged) {
                    box.droppedLogged = true;
                    PageIpc.log("messages for a frame of WebContents #" + page.webContents().id()
                            + " are not being received (no bridge there?): dropping the oldest");
                }
            }
            schedule = !box.scheduled;
            box.scheduled = true;
        }
        if (schedule) {
            IpcThreads.PUSH.execute(() -> flush(key, box));
        }
        return true;
    }

    /** A document of {@code from} waits for messages; answered at once if some are queued for its frame. */
    void pull(FrameRef from, Responder responder) {
        String key = from.isMain() ? MAIN : from.frameId();
        Outbox box = outboxes.computeIfAbsent(key, k -> new Outbox());
        Responder replaced;
        boolean schedule;
        synchronized (box) {
            replaced = box.pull;
            box.pull = responder;
            schedule = !box.items.isEmpty() && !box.scheduled;
            if (schedule) {
                box.scheduled = true;
            }
        }
        if (replaced != null && replaced != responder) {
            replaced.refused(Refusal.gone("superseded by a newer document in this frame"));
        }
        if (schedule) {
            IpcThreads.PUSH.execute(() -> flush(key, box));
        }
    }

    /** The outbox key: "" for the main frame, however it is named. */
    private String key(String frameId) {
        if (frameId == null) {
            return MAIN;
        }
        if (pullMode) {
            CefFrame main = page.mainFrame();
            if (main != null && frameId.equals(main.getIdentifier())) {
                return MAIN;
            }
        }
        return frameId;
    }

    private void flush(String key, Outbox box) {
        if (pullMode) {
            flushToPull(box);
            return;
        }
        List<String> items;
        synchronized (box) { // swap, not copy: the sender keeps adding while this one is turned into a script
            items = box.items;
            box.items = new ArrayList<>(Math.max(16, items.size()));
            box.scheduled = false;
        }
        CefFrame frame = key.equals(MAIN) ? page.mainFrame() : page.liveFrame(key);
        if (frame == null) {
            return;
        }
        StringBuilder script = new StringBuilder(256);
        for (String item : items) {
            if (script.length() > 0 && script.length() + item.length() > MAX_SCRIPT_CHARS) {
                run(frame, script);
                script.setLength(0);
            }
            script.append(script.length() == 0 ? "" : ",").append(item);
        }
        if (script.length() > 0) {
            run(frame, script);
        }
    }

    private static void flushToPull(Outbox box) {
        List<String> items;
        Responder pull;
        synchronized (box) {
            box.scheduled = false;
            pull = box.pull;
            if (pull == null || !pull.isOpen() || box.items.isEmpty()) {
                if (pull != null && !pull.isOpen()) {
                    box.pull = null;
                }
                return; // sent when the document asks
            }
            box.pull = null;
            items = box.items;
            box.items = new ArrayList<>(Math.max(16, items.size()));
        }
        pull.batch(String.join(",", items));
    }

    private static void run(CefFrame frame, StringBuilder items) {
        frame.executeJavaScript(JsText.jniSafe(WireNames.DELIVER_CALL_START + items + WireNames.DELIVER_CALL_END),
                "cefshell://ipc", 0);
    }
}
