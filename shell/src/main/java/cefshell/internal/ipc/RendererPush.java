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
 * <li>page world (no context isolation): {@code executeJavaScript} calling the bridge's {@code deliver}, in scripts of
 *     at most 64 KiB ({@link DeliverScripts});
 * <li>under context isolation Java cannot call into the bridge's world, so the bridge keeps one cefQuery waiting
 *     (a <em>pull</em>) and the batch is its answer; the bridge asks again at once. Messages for a frame whose
 *     document has no pull waiting stay queued until it asks.
 * </ul>
 * And a third, for what a listener sends back while it handles a message: the cefQuery that carried the message is
 * answered once its listeners have run, and that answer carries what they sent to its frame
 * ({@link #dispatchCollecting}). A
 * conversation (a port's ping-pong, {@code event.reply}) then costs no script to compile in the page and no hop to
 * the push thread.
 */
final class RendererPush {
    private static final System.Logger LOG = System.getLogger("cefshell.ipc");
    /** Queued for a frame that never pulls (no bridge there): past this many, the oldest are dropped. */
    private static final int MAX_QUEUED = 100_000;
    private static final String MAIN = "";
    private static final Object[] NO_ARGS = {};

    private final PageIpc page;
    private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();
    private volatile boolean pullMode;

    /** A claimed outbox holds at most this much for the query's answer; more goes out as usual. */
    private static final int MAX_CLAIMED_CHARS = 64 * 1024;
    /** The query being dispatched on this thread whose answer may carry what its listeners send back. */
    private static final ThreadLocal<Claim> CLAIM = new ThreadLocal<>();

    private static final class Outbox {
        final String key;
        List<String> items = new ArrayList<>();
        boolean scheduled;
        /** Batches taken by the push thread and not handed to CEF yet: nothing may overtake them. */
        boolean flushing;
        /** Its items wait for a claimed query's answer (never while scheduled or flushing). */
        boolean claimed;
        int claimedChars;
        /** When it was claimed (System.nanoTime), which names the claim for {@link HeldPushes}. */
        long claimedSince;
        Responder pull;        // the document's waiting pull, pull mode only
        boolean droppedLogged;

        Outbox(String key) {
            this.key = key;
        }
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
        String key = outboxKey(frameId);
        if (key == null) {
            return false;
        }
        String item;
        try {
            item = item(channel, args == null ? NO_ARGS : args, senderId, senderIsMainFrame);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Error sending from webFrameMain:  Error: " + e.getMessage());
            return true;
        }
        return enqueue(key, item);
    }

    /**
     * {@code [channel,[args...]]} (and the sender, for a sendTo), written into one builder sized for it: a burst of
     * sends allocates little more than the items themselves. Garbage is not free here: a young generation that is
     * still growing costs a first-touch page fault per 4 KiB (BENCHMARKS.md, "Pushes and fresh memory").
     */
    private static String item(String channel, Object[] args, Integer senderId, boolean senderIsMainFrame) {
        int size = 24 + channel.length();
        for (Object a : args) {
            size += a instanceof String s ? s.length() + 3 : 12;
        }
        StringBuilder sb = new StringBuilder(size).append('[');
        JsText.appendStringLiteral(sb, channel);
        ValueEncoder.appendText(sb.append(','), args);
        if (senderId != null) {
            sb.append(',').append(senderId.intValue()).append(',').append(senderIsMainFrame);
        }
        return sb.append(']').toString();
    }

    /**
     * Queues an item already in the batch format (port traffic, see {@link PagePortLink}), in order with every
     * other message to the frame.
     *
     * @return false when the frame does not exist
     */
    boolean sendItem(String frameId, String item) {
        String key = outboxKey(frameId);
        return key != null && enqueue(key, item);
    }

    /**
     * A frame's outbox: {@link #MAIN} for the main frame however it is named (one outbox per frame keeps its messages
     * in one order), else its id; null when the frame does not exist.
     */
    private String outboxKey(String frameId) {
        if (frameId == null) {
            return MAIN;
        }
        Claim claim = CLAIM.get();
        if (claim != null && claim.push == this && frameId.equals(claim.frameId)) {
            return claim.key; // the frame whose request is being dispatched (event.reply, its ports): no call into CEF
        }
        CefFrame frame = page.liveFrame(frameId);
        return frame == null ? null : frame.isMain() ? MAIN : frameId;
    }

    private boolean enqueue(String key, String item) {
        Outbox box = outboxes.computeIfAbsent(key, Outbox::new);
        Claim claim = CLAIM.get();
        boolean mine = claim != null && claim.push == this && claim.key.equals(key) && !claim.broken;
        if (claim != null && claim.box != null && claim.box != box) {
            claim.breakOff(); // another frame's: what the claim holds goes out first, and nothing more is held
        }
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
            if (mine && !box.scheduled && !box.flushing && (box.claimed || box.items.size() == 1)
                    && box.claimedChars + item.length() <= MAX_CLAIMED_CHARS) {
                if (!box.claimed) {
                    box.claimed = true;
                    box.claimedSince = System.nanoTime();
                    HeldPushes.watch(new HeldPushes.Hold(this, box, box.claimedSince));
                }
                box.claimedChars += item.length();
                claim.box = box;
                return true;
            }
            box.claimed = false; // a claim on this outbox is broken: its items go with this one
            schedule = !box.scheduled;
            box.scheduled = true;
        }
        if (schedule) {
            IpcThreads.PUSH.execute(() -> flush(key, box));
        }
        return true;
    }

    /**
     * Runs {@code dispatch} (the listeners of a cefQuery request's last message, when the request awaits no value) and
     * returns what they sent to {@code from}'s frame meanwhile, for the request's answer: batch entries joined by
     * commas, or null. It waits for the answer only while nothing else for that frame is on its way and the batch stays
     * small; otherwise it all goes out as usual, in order. With {@code from} null, only runs {@code dispatch}.
     */
    String dispatchCollecting(FrameRef from, Runnable dispatch) {
        if (from == null) {
            dispatch.run();
            return null;
        }
        Claim c = new Claim(this, from);
        CLAIM.set(c);
        try {
            dispatch.run();
        } catch (RuntimeException | Error e) {
            c.abandon();
            throw e;
        }
        return c.release();
    }

    /** A frame's outbox held for a request's answer, see {@link #dispatchCollecting}. */
    private static final class Claim {
        private final RendererPush push;
        /** The query's frame, and its outbox. */
        private final String frameId;
        private final String key;
        private Outbox box;
        /** Once what it held went out otherwise, nothing more waits for the answer: it could overtake that. */
        private boolean broken;

        private Claim(RendererPush push, FrameRef from) {
            this.push = push;
            this.frameId = from.frameId();
            this.key = from.isMain() ? MAIN : from.frameId();
        }

        /** Ends the claim: what it holds for the answer, joined by commas, or null (nothing, or it went out otherwise). */
        String release() {
            CLAIM.remove();
            Outbox b = box;
            if (b == null) {
                return null;
            }
            synchronized (b) {
                if (!b.claimed) {
                    return null;
                }
                b.claimed = false;
                b.claimedChars = 0;
                List<String> items = b.items;
                b.items = new ArrayList<>(16);
                return String.join(",", items);
            }
        }

        /** Ends the claim without an answer to carry it: what it holds goes out as usual. */
        void abandon() {
            CLAIM.remove();
            breakOff();
        }

        private void breakOff() {
            Outbox b = box;
            box = null;
            broken = true;
            if (b != null) {
                push.letGo(b, 0);
            }
        }
    }

    /**
     * Sends what waits in a claimed outbox the usual way (the claim is broken); with {@code since} not 0, only if it
     * is still the claim made then.
     */
    void letGo(Object outbox, long since) {
        Outbox b = (Outbox) outbox;
        synchronized (b) {
            if (!b.claimed || since != 0 && b.claimedSince != since) {
                return;
            }
            b.claimed = false;
            b.claimedChars = 0;
            b.scheduled = true;
        }
        IpcThreads.PUSH.execute(() -> flush(b.key, b));
    }

    /** A document of {@code from} waits for messages; answered at once if some are queued for its frame. */
    void pull(FrameRef from, Responder responder) {
        String key = from.isMain() ? MAIN : from.frameId();
        Outbox box = outboxes.computeIfAbsent(key, Outbox::new);
        Responder replaced;
        boolean schedule;
        synchronized (box) {
            replaced = box.pull;
            box.pull = responder;
            schedule = !box.items.isEmpty() && !box.scheduled && !box.claimed; // claimed: the answer takes them
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
            box.flushing = true;
        }
        try {
            CefFrame frame = key.equals(MAIN) ? page.mainFrame() : page.liveFrame(key);
            if (frame == null) {
                return;
            }
            DeliverScripts.each(items, DeliverScripts.MAX_CHARS,
                    script -> frame.executeJavaScript(JsText.jniSafe(script), "cefshell://ipc", 0));
        } finally {
            synchronized (box) {
                box.flushing = false;
            }
        }
    }

    private static void flushToPull(Outbox box) {
        List<String> items;
        Responder pull;
        synchronized (box) {
            box.scheduled = false;
            pull = box.pull;
            if (pull == null || !pull.isOpen() || box.items.isEmpty() || box.claimed) {
                if (pull != null && !pull.isOpen()) {
                    box.pull = null;
                }
                return; // sent when the document asks
            }
            box.pull = null;
            items = box.items;
            box.items = new ArrayList<>(Math.max(16, items.size()));
            box.flushing = true;
        }
        try {
            pull.batch(String.join(",", items));
        } finally {
            synchronized (box) {
                box.flushing = false;
            }
        }
    }
}
