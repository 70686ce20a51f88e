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
