package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

@ExtendWith(ShellExtension.class)
class IpcSendSyncTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";

    @Test
    void sendSyncReturnsTheFirstReturnValue(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().on("sync-first", (e, a) -> e.setReturnValue("first " + a.get(0)));
        w.webContents().ipc().on("sync-first", (e, a) -> e.setReturnValue("second"));
        assertEquals("first x", eval(w, "ipcRenderer.sendSync('sync-first', 'x')"));
    }

    @Test
    void sendSyncWithoutListenersReturnsReplyWasNeverSent(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        long start = System.nanoTime();
        assertEquals("{\"error\":\"reply was never sent\"}", eval(w, "JSON.stringify(ipcRenderer.sendSync('nobody-listens'))"));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3000, "should not wait for a timeout");
    }

    @Test
    void sendSyncWhoseListenersNeverAnswerReturnsAfterTheTimeout(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().on("silent", (e, a) -> { });
        long start = System.nanoTime();
        assertEquals("{\"error\":\"reply was never sent\"}", eval(w, "JSON.stringify(ipcRenderer.sendSync('silent'))"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 4500 && millis < 9000, "waited " + millis + " ms; the default timeout is 5 s");
    }

    @Test
    void returnValueMayBeSetLaterFromAnotherThread(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().on("later", (e, a) -> new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                // fine
            }
            e.setReturnValue(java.util.Map.of("n", 42));
        }).start());
        assertEquals(42.0, eval(w, "ipcRenderer.sendSync('later').n"));
    }

    @Test
    void ipcMessageSyncListenersSeeSendSyncFirst(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().onIpcMessageSync((e, channel, a) -> e.setReturnValue("from ipc-message-sync on " + channel));
        w.webContents().ipc().on("ch", (e, a) -> e.setReturnValue("from ipc()"));
        assertEquals("from ipc-message-sync on ch", eval(w, "ipcRenderer.sendSync('ch')"));
    }

    @Test
    void nonCloneableArgumentsThrowSynchronously(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        assertEquals("An object could not be cloned.",
                eval(w, "(() => { try { ipcRenderer.sendSync('x', () => 1); return 'no throw'; } catch (e) { return e.message; } })()"));
        assertEquals("An object could not be cloned.",
                eval(w, "(() => { try { ipcRenderer.send('x', new WeakMap()); return 'no throw'; } catch (e) { return e.message; } })()"));
    }
}
