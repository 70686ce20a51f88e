package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

@ExtendWith(ShellExtension.class)
class IpcInvokeTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";
    private final List<String> channels = new java.util.ArrayList<>();
    private IpcMain ipcMain;

    private void handle(TestWindows t, String channel, IpcHandler h) {
        ipcMain = t.shell().ipcMain();
        ipcMain.handle(channel, h);
        channels.add(channel);
    }

    @AfterEach
    void removeHandlers() {
        if (ipcMain != null) {
            channels.forEach(ipcMain::removeHandler);
        }
    }

    /** What the page's invoke settles with: "ok:<json>" or "err:<message>". */
    private static Object invoke(BrowserWindow w, String argsJs) {
        return eval(w, "ipcRenderer.invoke(" + argsJs + ").then(v => 'ok:' + JSON.stringify(v), e => 'err:' + e.message)");
    }

    @Test
    void invokeResolvesWithTheHandlersValue(TestWindows t) {
        handle(t, "add", (e, a) -> a.get(0, int.class) + a.get(1, int.class));
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:5", invoke(w, "'add', 2, 3"));
    }

    @Test
    void invokeAwaitsACompletionStage(TestWindows t) {
        handle(t, "later", (e, a) -> CompletableFuture.supplyAsync(() -> "done " + a.get(0)));
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:\"done x\"", invoke(w, "'later', 'x'"));
    }

    @Test
    void aThrowingHandlerRejectsWithElectronsMessage(TestWindows t) {
        handle(t, "boom", (e, a) -> { throw new IllegalStateException("boom"); });
        handle(t, "failedStage", (e, a) -> CompletableFuture.failedFuture(new RuntimeException("late boom")));
        BrowserWindow w = t.page(PAGE);
        assertEquals("err:Error invoking remote method 'boom': Error: boom", invoke(w, "'boom'"));
        assertEquals("err:Error invoking remote method 'failedStage': Error: late boom", invoke(w, "'failedStage'"));
    }

    @Test
    void invokeWithoutHandlerRejectsWithNoHandlerRegistered(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        assertEquals("err:Error invoking remote method 'nobody': Error: No handler registered for 'nobody'",
                invoke(w, "'nobody'"));
    }

    @Test
    void aSecondHandlerIsRefused(TestWindows t) {
        handle(t, "once-only", (e, a) -> 1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> t.shell().ipcMain().handle("once-only", (ev, a) -> 2));
        assertEquals("Attempted to register a second handler for 'once-only'", e.getMessage());
    }

    @Test
    void handleOnceAnswersOnceThenNoHandler(TestWindows t) {
        AtomicInteger calls = new AtomicInteger();
        t.shell().ipcMain().handleOnce("one-shot", (e, a) -> calls.incrementAndGet());
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:1", invoke(w, "'one-shot'"));
        assertEquals("err:Error invoking remote method 'one-shot': Error: No handler registered for 'one-shot'",
                invoke(w, "'one-shot'"));
        assertEquals(1, calls.get());
    }

    @Test
    void removedHandlerIsLikeNoHandler(TestWindows t) {
        handle(t, "gone", (e, a) -> 1);
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:1", invoke(w, "'gone'"));
        t.shell().ipcMain().removeHandler("gone");
        assertEquals("err:Error invoking remote method 'gone': Error: No handler registered for 'gone'",
                invoke(w, "'gone'"));
    }

    @Test
    void handlersRunOffTheCefAndSwingThreads(TestWindows t) {
        handle(t, "thread", (e, a) -> Thread.currentThread().getName() + " edt="
                + javax.swing.SwingUtilities.isEventDispatchThread());
        BrowserWindow w = t.page(PAGE);
        String reply = (String) invoke(w, "'thread'");
        assertEquals(true, reply.startsWith("ok:\"cefshell-ipc-"), reply);
        assertEquals(true, reply.endsWith("edt=false\""), reply);
    }

    @Test
    void invokeEventNamesTheSender(TestWindows t) {
        handle(t, "who", (e, a) -> e.sender().id() + " " + e.senderFrame().isMainFrame() + " "
                + e.senderFrame().url());
        BrowserWindow w = t.page(PAGE);
        assertEquals("ok:\"" + w.webContents().id() + " true " + w.webContents().getURL() + "\"", invoke(w, "'who'"));
    }

    @Test
    void nonCloneableArgumentsRejectTheInvoke(TestWindows t) {
        handle(t, "echo", (e, a) -> a.get(0));
        BrowserWindow w = t.page(PAGE);
        assertEquals("err:An object could not be cloned.", invoke(w, "'echo', () => 1"));
        assertEquals("err:An object could not be cloned.", invoke(w, "'echo', Symbol('s')"));
        assertEquals("err:An object could not be cloned.", invoke(w, "'echo', document.body"));
    }

    @Test
    void aHandlerMayWaitForThePageItIsAnswering(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("ask-page", (e, a) ->
                e.sender().executeJavaScript("document.title = 'asked'; 40 + 2").get(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("ok:42", invoke(w, "'ask-page'"));
    }
}
