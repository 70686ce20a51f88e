package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * One regression test per transport: each mix below must take the named path (checked with the page's transport
 * counters) and still reach Java in call order together with small batched messages.
 */
@ExtendWith(ShellExtension.class)
class IpcTransportOrderingTest {
    /** Sends 0..n-1 with the payload chosen by {@code payloadJs(i)} and {@code every}-th message through sendSync. */
    private static void assertOrdered(TestWindows t, String payloadJs, int syncEvery, String path) {
        BrowserWindow w = t.page("<html><head></head></html>");
        List<Integer> arrived = new CopyOnWriteArrayList<>();
        IpcListener record = (e, a) -> {
            arrived.add(a.get(0, int.class));
            if (e.isSync()) {
                e.setReturnValue(true);
            }
        };
        w.webContents().ipc().on("o", record).on("o-sync", record);
        Awaits.until("page connected", 10, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(eval(w, "__cefshell.transport.stats().connected")));
        if (path.equals("socket")) { // open the socket first: while it opens, a sendSync sends what waits by POST
            w.webContents().ipc().handle("o-warm", (e, a) -> 1);
            eval(w, "ipcRenderer.invoke('o-warm', new Uint8Array(300 * 1024))");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) eval(w, "__cefshell.transport.stats()");
        eval(w, "(() => { for (let i = 0; i < 60; i++) { const p = " + payloadJs + ";"
                + " if (" + syncEvery + " > 0 && i % " + syncEvery + " === 0) ipcRenderer.sendSync('o-sync', i, p);"
                + " else ipcRenderer.send('o', i, p); } return 1; })()");
        Awaits.until("60 messages", 20, TimeUnit.SECONDS, () -> arrived.size() == 60);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            expected.add(i);
        }
        assertEquals(expected, arrived);
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) eval(w, "__cefshell.transport.stats()");
        double used = (Double) after.get(path) - (Double) before.get(path);
        assertTrue(used > 0, "the mix should have used the '" + path + "' path: " + before + " -> " + after);
    }

    @Test
    void smallMessagesBatchedOverCefQueryKeepTheirOrder(TestWindows t) {
        assertOrdered(t, "'small ' + i", 0, "query");
    }

    @Test
    void largeStringsOverTheSocketKeepTheirOrderAmongSmallOnes(TestWindows t) {
        assertOrdered(t, "i % 3 === 0 ? 'x'.repeat(300 * 1024) : 'small'", 0, "socket");
    }

    @Test
    void largeBinaryOverTheSocketKeepsItsOrderAmongSmallOnes(TestWindows t) {
        assertOrdered(t, "i % 3 === 0 ? new Uint8Array(300 * 1024).fill(i) : 'small'", 0, "socket");
    }

    @Test
    void socketMessagesAndSendSyncsKeepTheirOrderAmongSmallOnes(TestWindows t) {
        assertOrdered(t, "i % 5 === 1 ? new Uint8Array(200 * 1024 + i).fill(i) : 'small ' + i", 3, "socket");
    }

    @Test
    void largeBinaryOverTheBinaryFrameKeepsItsOrderAmongSmallOnes(TestWindows t) {
        System.setProperty("cefshell.ipcSocket", "off"); // the app scheme's path, as without a socket
        try {
            assertOrdered(t, "i % 3 === 0 ? new Uint8Array(300 * 1024).fill(i) : 'small'", 0, "frame");
        } finally {
            System.clearProperty("cefshell.ipcSocket");
        }
    }

    @Test
    void sendSyncOverThePromptPathKeepsItsOrderAmongSends(TestWindows t) {
        assertOrdered(t, "i % 2 ? new Uint8Array(8).fill(i) : 'small'", 4, "prompt");
    }
}
