package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** Handlers may call back into their own page and wait for the answer without stalling that page's IPC. */
@ExtendWith(ShellExtension.class)
class IpcReentrancyTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";

    @Test
    void anInvokeHandlerMayWaitForExecuteJavaScriptInItsOwnPage(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("ask-page", (e, a) ->
                w.webContents().executeJavaScript("6 * 7").get(5, TimeUnit.SECONDS));
        assertEquals(42.0, eval(w, "ipcRenderer.invoke('ask-page')"));
    }

    @Test
    void aSendListenerMayWaitForExecuteJavaScriptInItsOwnPageAndLaterMessagesStillArrive(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        java.util.concurrent.CompletableFuture<Object> seen = new java.util.concurrent.CompletableFuture<>();
        w.webContents().ipc().on("first", (e, a) -> {
            try {
                seen.complete(w.webContents().executeJavaScript("document.title = 'asked', 'answer'")
                        .get(5, TimeUnit.SECONDS));
            } catch (Exception ex) {
                seen.completeExceptionally(ex);
            }
        });
        w.webContents().ipc().handle("second", (e, a) -> "after");
        assertEquals("after", eval(w, "ipcRenderer.send('first'), ipcRenderer.invoke('second')"));
        assertEquals("answer", seen.get(5, TimeUnit.SECONDS));
    }

    /** The issue-9 case: the handler's script sends a sendSync back into the very document the handler serves. */
    @Test
    void aHandlerMayRunAScriptInItsOwnPageThatUsesSendSync(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().on("sync-inside", (e, a) -> e.setReturnValue("sync answered"));
        w.webContents().ipc().handle("reenter", (e, a) ->
                w.webContents().executeJavaScript("ipcRenderer.sendSync('sync-inside')").get(5, TimeUnit.SECONDS));
        long start = System.nanoTime();
        assertEquals("sync answered", eval(w, "ipcRenderer.invoke('reenter')"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        org.junit.jupiter.api.Assertions.assertTrue(millis < 4000, "took " + millis + " ms: it waited for a timeout");
    }

    /** The page answers only after the handler, which needs the EDT, which is waiting for the page. */
    @Test
    void theEdtMayWaitForThePageWhileAHandlerWaitsForTheEdt(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().on("needs-edt", (e, a) -> {
            String[] fromEdt = new String[1];
            try {
                javax.swing.SwingUtilities.invokeAndWait(() -> fromEdt[0] = "edt ran");
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            e.reply("done", fromEdt[0]);
        });
        Object[] result = new Object[1];
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = w.webContents().executeJavaScript("new Promise(r => {"
                        + " ipcRenderer.once('done', (e, v) => r(v)); ipcRenderer.send('needs-edt'); })")
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception ex) {
                result[0] = ex;
            }
        });
        assertEquals("edt ran", result[0]);
    }
}
