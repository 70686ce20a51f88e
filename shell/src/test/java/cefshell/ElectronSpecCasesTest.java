package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** Behaviours Electron's own IPC spec checks, which cefshell first did differently (issue 10, points 7 and 9-12). */
@ExtendWith(ShellExtension.class)
class ElectronSpecCasesTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";

    @Test
    void anInvokeWhoseFutureIsDroppedAndCollectedRejectsWithReplyWasNeverSent(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("dropped", (e, a) -> new CompletableFuture<>()); // nobody keeps it
        AtomicBoolean done = new AtomicBoolean();
        Thread collector = new Thread(() -> {
            while (!done.get()) {
                System.gc();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        collector.start();
        try {
            assertEquals("Error invoking remote method 'dropped': reply was never sent",
                    eval(w, "ipcRenderer.invoke('dropped').then(() => 'resolved', (e) => e.message)"));
        } finally {
            done.set(true);
            collector.join();
        }
    }

    @Test
    void senderFrameIsNullOnceTheSenderNavigatedToAnotherOrigin(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        CompletableFuture<IpcMainEvent> seen = new CompletableFuture<>();
        w.webContents().ipc().on("hello", (e, a) -> seen.complete(e));
        eval(w, "ipcRenderer.send('hello'), 1");
        IpcMainEvent event = seen.get(10, TimeUnit.SECONDS);
        assertNotNull(event.senderFrame(), "the sender is still there");
        String other = t.serve(Map.of("index.html", PAGE));
        w.webContents().loadURL(other + "/index.html");
        Awaits.until("navigated", 10, TimeUnit.SECONDS, () -> w.webContents().getURL().startsWith(other));
        Awaits.until("the old frame is gone", 10, TimeUnit.SECONDS, () -> event.senderFrame() == null);
        assertNull(event.senderFrame());
    }

    @Test
    void aMessageSentWhileThePageUnloadsForAnotherOriginStillArrives(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        CompletableFuture<String> bye = new CompletableFuture<>();
        w.webContents().ipc().on("bye", (e, a) -> {
            WebFrameMain frame = e.senderFrame();
            bye.complete(a.get(0) + " detached=" + (frame == null ? "gone" : frame.detached()));
        });
        eval(w, "addEventListener('pagehide', () => ipcRenderer.send('bye', 'from pagehide')), 1");
        String other = t.serve(Map.of("index.html", PAGE));
        w.webContents().loadURL(other + "/index.html");
        assertEquals("from pagehide detached=true", bye.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theIpcRendererOfARemovedIframeRefusesToSend(TestWindows t) {
        BrowserWindow w = t.page(PAGE, Map.of("child.html", PAGE));
        assertEquals("IPC method called after context was released", eval(w, """
                new Promise((resolve) => {
                  const f = document.createElement('iframe');
                  f.src = 'child.html';
                  f.onload = () => {
                    const captured = f.contentWindow.ipcRenderer;
                    f.remove();
                    try { captured.send('late'); resolve('sent'); } catch (e) { resolve(e.message); }
                  };
                  document.body.appendChild(f);
                })"""));
    }

    @Test
    void sendToTellsTheReceiverWhetherTheSenderWasAMainFrame(TestWindows t) {
        BrowserWindow a = t.page(PAGE);
        BrowserWindow b = t.page(PAGE);
        eval(b, "window.got = null; ipcRenderer.on('hi', (e, v) => { got = [e.senderId, e.senderIsMainFrame, v]; }); 1");
        eval(a, "ipcRenderer.sendTo(" + b.webContents().id() + ", 'hi', 7), 1");
        Awaits.until("delivered", 10, TimeUnit.SECONDS, () -> !"null".equals(eval(b, "JSON.stringify(got)")));
        assertEquals("[" + a.webContents().id() + ",true,7]", eval(b, "JSON.stringify(got)"));
    }

    @Test
    void webFrameMainRunsScriptsInItsOwnFrame(TestWindows t) {
        BrowserWindow w = t.page("<html><head></head><body><iframe src='a.html'></iframe></body></html>",
                Map.of("a.html", "<html><head><title>child</title></head><body></body></html>"));
        Awaits.until("frame loaded", 10, TimeUnit.SECONDS, () -> w.webContents().mainFrame().frames().size() == 1);
        WebFrameMain child = w.webContents().mainFrame().frames().get(0);
        Awaits.until("child loaded", 10, TimeUnit.SECONDS, () -> {
            try {
                return "child".equals(child.executeJavaScript("document.title").get(5, TimeUnit.SECONDS));
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(true, eval(w, "window.top === window"));
        try {
            assertEquals("child:false", child.executeJavaScript("Promise.resolve(document.title + ':' + (window.top === window))")
                    .get(10, TimeUnit.SECONDS));
            assertEquals("", w.webContents().mainFrame().executeJavaScript("document.title").get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void webFrameMainWalksTheFrameTree(TestWindows t) {
        BrowserWindow w = t.page("<html><head></head><body><iframe src='a.html'></iframe><iframe src='b.html'></iframe>"
                + "</body></html>", Map.of("a.html", "<html><body><iframe src='c.html'></iframe></body></html>",
                "b.html", PAGE, "c.html", PAGE));
        Awaits.until("frames loaded", 10, TimeUnit.SECONDS,
                () -> w.webContents().mainFrame().framesInSubtree().size() == 4);
        WebFrameMain main = w.webContents().mainFrame();
        assertEquals(2, main.frames().size());
        WebFrameMain a = main.frames().stream().filter(f -> f.url().endsWith("/a.html")).findFirst().orElseThrow();
        assertEquals(1, a.frames().size());
        WebFrameMain c = a.frames().get(0);
        assertTrue(c.url().endsWith("/c.html"), c.url());
        assertTrue(c.top().isMainFrame());
        assertEquals(main.frameId(), c.top().frameId());
        assertEquals(2, a.framesInSubtree().size());
    }
}
