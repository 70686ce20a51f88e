package cefshell.internal.ipc;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cefshell.WebContents;

/**
 * What the Chromium-free tests of the IPC core need: a page without a browser (the core never touches it while
 * routing), a frame, and a responder that records what the transport would have answered.
 */
final class IpcCoreFixtures {
    static final String DOC = "0123456789abcdef0123456789abcdef";
    static final String OTHER_DOC = "fedcba9876543210fedcba9876543210";
    static final FrameRef MAIN = new FrameRef("main-1", "app://t/index.html", true, null);
    static final FrameRef CHILD = new FrameRef("child-2", "app://t/child.html", false, "main-1");

    private IpcCoreFixtures() {
    }

    /** A page trusting app://t, with webContents id {@code id}; it has no browser. */
    static PageIpc page(int id) {
        WebContents wc = (WebContents) Proxy.newProxyInstance(WebContents.class.getClassLoader(),
                new Class<?>[] {WebContents.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "id" -> id;
                    case "toString" -> "WebContents#" + id;
                    case "hashCode" -> id;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(m.getName() + " (no browser in this test)");
                });
        PageIpc page = new PageIpc(LiveBrowser.NONE, wc);
        page.trust("app://t");
        return page;
    }

    static String envelope(long seq, String... messages) {
        return "{\"d\":\"" + DOC + "\",\"s\":" + seq + ",\"m\":[" + String.join(",", messages) + "]}";
    }

    static String invokeEnvelope(long seq, String... messages) {
        return "{\"i\":1,\"d\":\"" + DOC + "\",\"s\":" + seq + ",\"m\":[" + String.join(",", messages) + "]}";
    }

    /** What a transport was told, in order, as text: "value:...", "error:...", "accepted", "refused:REASON:text". */
    static final class Recorded implements Responder {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void value(Object value) {
            events.add("value:" + value);
        }

        @Override
        public void error(String errorText) {
            events.add("error:" + errorText);
        }

        @Override
        public void accepted() {
            events.add("accepted");
        }

        @Override
        public void refused(Refusal refusal) {
            events.add("refused:" + refusal.reason() + ":" + refusal.text());
        }

        /** Waits up to 5 s for the first answer. */
        String await() {
            long end = System.nanoTime() + 5_000_000_000L;
            while (events.isEmpty() && System.nanoTime() < end) {
                Thread.onSpinWait();
                Thread.yield();
            }
            return events.isEmpty() ? "(no answer)" : events.get(0);
        }
    }
}
