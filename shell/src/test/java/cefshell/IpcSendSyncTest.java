package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

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

    /** Issue 9, item 7: a listener that blocks cannot hold the page past the timeout (5 s in these tests). */
    @Test
    void aBlockingListenerCannotHoldThePagePastTheTimeout(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        w.webContents().ipc().on("blocks", (e, a) -> {
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            e.setReturnValue("too late");
        });
        try {
            long start = System.nanoTime();
            assertEquals("{\"error\":\"reply was never sent\"}", eval(w, "JSON.stringify(ipcRenderer.sendSync('blocks'))"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 4500 && millis < 8000, "answered after " + millis + " ms");
        } finally {
            release.countDown();
        }
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

    /** Waits until a query of the page was answered: from then on sendSync may take the prompt path. */
    private static BrowserWindow connected(BrowserWindow w) {
        eval(w, "new Promise((ok) => { const poll = () => __cefshell.transport.stats().connected ? ok(1) : setTimeout(poll, 5); poll(); })");
        return w;
    }

    @Test
    void sendSyncTakesThePromptPathOnceThePageIsConnected(TestWindows t) {
        BrowserWindow w = connected(t.page(PAGE));
        w.webContents().ipc().on("fast", (e, a) -> e.setReturnValue(a.get(0, String.class) + "!"));
        assertEquals("[\"a!\",\"b!\",1,0]", eval(w, """
                (() => {
                  const before = __cefshell.transport.stats();
                  const r = [ipcRenderer.sendSync('fast', 'a'), ipcRenderer.sendSync('fast', 'b')];
                  const after = __cefshell.transport.stats();
                  return JSON.stringify([...r, Math.min(1, after.prompt - before.prompt - 1), after.syncXhr - before.syncXhr]);
                })()"""));
    }

    @Test
    void charactersOutsideTheBmpAndLoneSurrogatesSurviveThePromptPath(TestWindows t) {
        BrowserWindow w = connected(t.page(PAGE));
        w.webContents().ipc().on("echo", (e, a) -> e.setReturnValue(a.get(0)));
        assertEquals(true, eval(w, """
                (() => {
                  const s = 'caf\u00e9 \ud83d\ude00 \ud800 lone \u2028 end';
                  return ipcRenderer.sendSync('echo', s) === s;
                })()"""));
    }

    @Test
    void largeArgumentsGoByXhrAndLargeResultsAreFetchedBack(TestWindows t) {
        BrowserWindow w = connected(t.page(PAGE));
        w.webContents().ipc().on("big", (e, a) -> e.setReturnValue("y".repeat(a.get(1, int.class)) + a.get(0, String.class).length()));
        assertEquals("[true,true,2,2]", eval(w, """
                (() => {
                  const before = __cefshell.transport.stats();
                  const small = ipcRenderer.sendSync('big', 'x', 10);
                  const bigArg = ipcRenderer.sendSync('big', 'x'.repeat(100000), 3);
                  const bigResult = ipcRenderer.sendSync('big', 'x', 1 << 20);
                  const after = __cefshell.transport.stats();
                  return JSON.stringify([small === 'y'.repeat(10) + '1' && bigArg === 'yyy100000',
                      bigResult.length === (1 << 20) + 1, after.syncXhr - before.syncXhr, after.prompt - before.prompt]);
                })()"""));
    }

    @Test
    void aPageThatReplacesWindowPromptStillGetsItsReply(TestWindows t) {
        BrowserWindow w = connected(t.page(PAGE));
        w.webContents().ipc().on("p", (e, a) -> e.setReturnValue("real"));
        assertEquals("real", eval(w, "(() => { window.prompt = () => 'fake'; return ipcRenderer.sendSync('p'); })()"));
    }

    @Test
    void aCrossOriginIframeWhereDialogsAreBlockedUsesXhr(TestWindows t) {
        String other = t.serve(Map.of("child.html", """
                <html><head><script>
                window.addEventListener('load', () => {
                  const r = ipcRenderer.sendSync('from-child', 'hi');
                  const s = __cefshell.transport.stats();
                  console.log('CHILD ' + r + ' prompt=' + s.prompt + ' xhr=' + (s.syncXhr > 0));
                });
                </script></head></html>"""));
        String main = t.serve(Map.of("index.html", "<html><body><iframe src='" + other + "/child.html'></iframe></body></html>"));
        t.shell().ipcMain().on("from-child", (e, a) -> e.setReturnValue(a.get(0) + " back"));
        try {
            BrowserWindow w = t.openAndWait(main + "/index.html", BrowserWindowOptions.builder()
                    .webPreferences(WebPreferences.builder().trustedOrigin(other).build()).build());
            assertEquals("CHILD hi back prompt=0 xhr=true", t.console(w).awaitPrefix("CHILD ").message());
        } finally {
            t.shell().ipcMain().removeAllListeners("from-child");
        }
    }
}
