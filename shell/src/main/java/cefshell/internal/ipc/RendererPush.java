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
 * thread drains the outbox into a single {@code executeJavaScript} call, so a burst of sends costs a few script
 * evaluations instead of one each, and one thread keeps them in order.
 */
final class RendererPush {
    private static final int MAX_SCRIPT_CHARS = 8 << 20;
    private static final String MAIN = "";

    private final PageIpc page;
    private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();

    private static final class Outbox {
        List<String> items = new ArrayList<>();
        boolean scheduled;
    }

    RendererPush(PageIpc page) {
        this.page = page;
    }

    /**
     * Queues a message for a frame ({@code frameId} null: the main frame). Encoding errors are logged, as Electron's
     * {@code webContents.send} does, not thrown.
     *
     * @return false when the frame does not exist
     */
    boolean send(String frameId, String channel, Object[] args, Integer senderId) {
        if (channel == null) {
            throw new IllegalArgumentException("Missing required channel argument");
        }
        if (frameId != null && page.liveFrame(frameId) == null) {
            return false;
        }
        String item;
        try {
            item = "[" + JsText.stringLiteral(channel) + "," + ValueEncoder.encodeText(args == null ? new Object[0] : args)
                    + (senderId == null ? "" : "," + senderId) + "]";
        } catch (RuntimeException e) {
            System.err.println("Error sending from webFrameMain:  Error: " + e.getMessage());
            return true;
        }
        Outbox box = outboxes.computeIfAbsent(frameId == null ? MAIN : frameId, k -> new Outbox());
        boolean schedule;
        synchronized (box) {
            box.items.add(item);
            schedule = !box.scheduled;
            box.scheduled = true;
        }
        if (schedule) {
            String key = frameId == null ? MAIN : frameId;
            IpcThreads.PUSH.execute(() -> flush(key, box));
        }
        return true;
    }

    private void flush(String key, Outbox box) {
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

    private static void run(CefFrame frame, StringBuilder items) {
        frame.executeJavaScript(JsText.jniSafe(WireNames.DELIVER_CALL_START + items + WireNames.DELIVER_CALL_END),
                "cefshell://ipc", 0);
    }
}
