package cefshell.internal.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cefshell.internal.ipc.FrameRef;
import cefshell.internal.ipc.IpcTrace;
import cefshell.internal.ipc.TransportKind;

/** The inspector's lines and filter, without Chromium (the whole path is in the CLI's TraceIpcTest). */
class IpcInspectorTest {
    private final List<String> lines = new ArrayList<>();

    private static IpcTrace.Message message(String kind, String channel, boolean main) {
        return new IpcTrace.Message(3, new FrameRef("7", "app://x/", main, main ? null : "1"), TransportKind.SYNC_XHR,
                kind, channel, List.of(1.0), 120, 1);
    }

    /** The line without its time, which varies. */
    private String line(int i) {
        return lines.get(i).replaceAll("ipc \\d\\d:\\d\\d:\\d\\d\\.\\d{3} ", "ipc T ").replaceAll("\\d+\\.\\d ms", "N ms");
    }

    @Test
    void aSendSyncAnsweredByItsTimeoutStandsOut() {
        IpcInspector inspector = new IpcInspector("*", lines::add, Runnable::run);
        inspector.arrived(message("sendSync", "slow", false)).timedOut();
        assertEquals("  ipc T wc#3 frame 7 → sendSync 'slow' 120 B via sync-xhr", line(0));
        assertEquals("! ipc T wc#3 frame 7 ← sendSync 'slow' · N ms · TIMED OUT: no listener answered, returned "
                + "{error: 'reply was never sent'}", line(1));
    }

    @Test
    void anInvokeWithoutHandlerAndOneAnswered() {
        IpcInspector inspector = new IpcInspector("*", lines::add, Runnable::run);
        inspector.arrived(message("invoke", "nobody", true)).failed("Error: No handler registered for 'nobody'", false);
        inspector.arrived(message("invoke", "add", true)).answered(5, true);
        assertEquals("! ipc T wc#3 main  ← invoke 'nobody' · N ms · NO HANDLER", line(1));
        assertEquals("  ipc T wc#3 main  ← invoke 'add' · N ms · ok", line(3));
    }

    @Test
    void aBatchSaysSo() {
        IpcInspector inspector = new IpcInspector("*", lines::add, Runnable::run);
        inspector.arrived(new IpcTrace.Message(1, new FrameRef("1", "app://x/", true, null), TransportKind.QUERY,
                "send", "log", List.of(), 300, 4)).delivered(true);
        assertEquals("  ipc T wc#1 main  → send 'log' 300 B via query (batch of 4) · N ms", line(0));
    }

    @Test
    void theGlobChoosesTheChannels() {
        IpcInspector inspector = new IpcInspector("notes:*, log", lines::add, Runnable::run);
        assertNull(inspector.arrived(message("send", "other", true)));
        assertNull(inspector.arrived(message("send", "notes", true)));
        assertTrue(inspector.arrived(message("send", "notes:load", true)) != null);
        assertTrue(inspector.arrived(message("send", "log", true)) != null);
        assertTrue(new ChannelGlob("a?c").matches("abc") && !new ChannelGlob("a?c").matches("abbc"));
        assertTrue(new ChannelGlob("a.b").matches("a.b") && !new ChannelGlob("a.b").matches("axb"), "literal dot");
    }
}
