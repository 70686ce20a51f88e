package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** A page's renderer process dying or hanging, as Electron reports it, and the page coming back. */
@ExtendWith(ShellExtension.class)
class RenderProcessLifecycleTest {
    private static final String PAGE = "<!doctype html><html><head><title>alive</title></head><body></body></html>";

    @Test
    void aCrashedRendererFiresGoneFailsPendingScriptsAndComesBackOnReload(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        WebContents wc = w.webContents();
        wc.ipc().handle("echo", (e, a) -> a.get(0));
        CompletableFuture<RenderProcessGoneDetails> gone = new CompletableFuture<>();
        wc.onRenderProcessGone(gone::complete);
        CompletableFuture<Object> pending = wc.executeJavaScript("new Promise(() => {})"); // never settles by itself

        wc.forcefullyCrashRenderer();

        assertEquals("crashed", gone.get(15, TimeUnit.SECONDS).reason());
        assertTrue(pending.isCompletedExceptionally(), "the pending script failed before the listeners heard of it");
        ExecutionException failure = assertThrows(ExecutionException.class, pending::get);
        assertTrue(failure.getCause().getMessage().contains("renderer process is gone (crashed"),
                failure.getCause().getMessage());
        assertTrue(wc.isCrashed());
        ExecutionException now = assertThrows(ExecutionException.class,
                () -> wc.executeJavaScript("1").get(2, TimeUnit.SECONDS), "a new script fails at once");
        assertTrue(now.getCause().getMessage().contains("reload()"), now.getCause().getMessage());

        reloadAndAwaitLoad(wc);
        assertFalse(wc.isCrashed());
        assertEquals("back", TestWindows.eval(w, "ipcRenderer.invoke('echo', 'back')"));
    }

    @Test
    void aHungPageIsUnresponsiveAndReloadEndsItsRendererAndBringsItBack(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        WebContents wc = w.webContents();
        wc.ipc().handle("echo", (e, a) -> a.get(0));
        CountDownLatch unresponsive = new CountDownLatch(1);
        wc.onUnresponsive(unresponsive::countDown);
        CompletableFuture<RenderProcessGoneDetails> gone = new CompletableFuture<>();
        wc.onRenderProcessGone(gone::complete);
        long started = System.nanoTime();
        CompletableFuture<Object> hung = wc.executeJavaScript("for (;;) {}");

        assertTrue(unresponsive.await(20, TimeUnit.SECONDS), "unresponsive never fired for a hung page");
        long after = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(after >= 4000, "unresponsive after only " + after + " ms");

        reloadAndAwaitLoad(wc); // the shell ends the hung renderer first, then reloads
        assertEquals("crashed", gone.get().reason());
        assertTrue(hung.isCompletedExceptionally(), "the hung script's future failed");
        assertEquals("back", TestWindows.eval(w, "ipcRenderer.invoke('echo', 'back')"));
    }

    @Test
    void aPageBusyForSecondsIsUnresponsiveThenResponsive(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        WebContents wc = w.webContents();
        CountDownLatch unresponsive = new CountDownLatch(1);
        CountDownLatch responsive = new CountDownLatch(1);
        wc.onUnresponsive(unresponsive::countDown);
        wc.onResponsive(responsive::countDown);
        CompletableFuture<Object> busy = wc.executeJavaScript(
                "const end = Date.now() + 8000; while (Date.now() < end) {} 'done'");

        assertTrue(unresponsive.await(15, TimeUnit.SECONDS), "unresponsive never fired");
        assertTrue(responsive.await(15, TimeUnit.SECONDS), "responsive never fired");
        assertEquals("done", busy.get(5, TimeUnit.SECONDS));
        assertFalse(wc.isCrashed());
    }

    private static void reloadAndAwaitLoad(WebContents wc) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(1);
        wc.onDidFinishLoad(loaded::countDown);
        wc.reload();
        assertTrue(loaded.await(30, TimeUnit.SECONDS), "the page did not load again");
    }
}
