package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

@ExtendWith(ShellExtension.class)
class IpcRoutingTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";

    @Test
    void sendReachesIpcMessageThenFrameThenWebContentsThenIpcMain(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        List<String> order = new CopyOnWriteArrayList<>();
        IpcListener global = (e, a) -> order.add("ipcMain");
        t.shell().ipcMain().on("order", global);
        try {
            w.webContents().ipc().on("order", (e, a) -> order.add("webContents.ipc"));
            w.webContents().mainFrame().ipc().on("order", (e, a) -> order.add("frame.ipc"));
            w.webContents().onIpcMessage((e, ch, a) -> order.add("ipc-message:" + ch));
            eval(w, "ipcRenderer.send('order'), 1");
            Awaits.until("all four", 10, TimeUnit.SECONDS, () -> order.size() == 4);
            assertEquals(List.of("ipc-message:order", "frame.ipc", "webContents.ipc", "ipcMain"), order);
        } finally {
            t.shell().ipcMain().off("order", global);
        }
    }

    @Test
    void invokeIsAnsweredByTheFirstHandlerFound(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        t.shell().ipcMain().handle("which", (e, a) -> "ipcMain");
        try {
            assertEquals("ipcMain", eval(w, "ipcRenderer.invoke('which')"));
            w.webContents().ipc().handle("which", (e, a) -> "webContents");
            assertEquals("webContents", eval(w, "ipcRenderer.invoke('which')"));
            w.webContents().mainFrame().ipc().handle("which", (e, a) -> "frame");
            assertEquals("frame", eval(w, "ipcRenderer.invoke('which')"));
        } finally {
            t.shell().ipcMain().removeHandler("which");
        }
    }

    @Test
    void replyReachesTheIframeThatSentAndSendReachesTheMainFrame(TestWindows t) {
        BrowserWindow w = t.page("""
                <!doctype html><html><head><script>
                window.got = [];
                ipcRenderer.on('pong', (e, v) => got.push('main:' + v));
                </script></head><body><iframe src="child.html"></iframe></body></html>""", Map.of("child.html", """
                <!doctype html><html><head><script>
                window.got = [];
                ipcRenderer.on('pong', (e, v) => got.push('child:' + v));
                </script></head><body></body></html>"""));
        CompletableFuture<IpcMainEvent> ping = new CompletableFuture<>();
        w.webContents().ipc().on("ping", (e, a) -> {
            e.reply("pong", "reply");
            ping.complete(e);
        });
        Awaits.until("iframe loaded", 10, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(eval(w, "!!(frames[0] && frames[0].ipcRenderer)")));
        eval(w, "frames[0].ipcRenderer.send('ping'), 1");
        IpcMainEvent e = ping.join();
        assertFalse(e.senderFrame().isMainFrame());
        assertTrue(e.senderFrame().url().endsWith("/child.html"), e.senderFrame().url());
        assertNotEquals(w.webContents().mainFrame().frameId(), e.frameId());
        assertTrue(e.senderFrame().parent().isMainFrame());
        w.webContents().send("pong", "broadcast");
        Awaits.until("messages delivered", 10, TimeUnit.SECONDS,
                () -> eval(w, "got.length + frames[0].got.length").equals(2.0));
        assertEquals("main:broadcast", eval(w, "got.join()"));
        assertEquals("child:reply", eval(w, "frames[0].got.join()"));
        assertTrue(w.webContents().sendToFrame(e.frameId(), "pong", "direct"));
        Awaits.until("direct delivered", 10, TimeUnit.SECONDS, () -> eval(w, "frames[0].got.length").equals(2.0));
        assertFalse(w.webContents().sendToFrame("no-such-frame", "pong", 1));
    }

    @Test
    void messagesFromAChildFrameSkipTheMainFramesIpc(TestWindows t) {
        BrowserWindow w = t.page("<!doctype html><html><head></head><body><iframe src='child.html'></iframe></body></html>",
                Map.of("child.html", "<!doctype html><html><head></head><body></body></html>"));
        List<String> heard = new CopyOnWriteArrayList<>();
        w.webContents().mainFrame().ipc().on("x", (e, a) -> heard.add("main frame ipc"));
        w.webContents().ipc().on("x", (e, a) -> heard.add("webContents ipc"));
        Awaits.until("iframe loaded", 10, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(eval(w, "!!(frames[0] && frames[0].ipcRenderer)")));
        eval(w, "frames[0].ipcRenderer.send('x'), 1");
        Awaits.until("delivered", 10, TimeUnit.SECONDS, () -> !heard.isEmpty());
        assertEquals(List.of("webContents ipc"), heard);
    }

    @Test
    void sendToReachesAnotherPagesMainFrameWithSenderId(TestWindows t) {
        String listen = "<!doctype html><html><head><script>window.got=[];"
                + "ipcRenderer.on('hi', (e, v) => got.push(e.senderId + ':' + v));</script></head><body></body></html>";
        BrowserWindow a = t.page(listen);
        BrowserWindow b = t.page(listen);
        eval(a, "ipcRenderer.sendTo(" + b.webContents().id() + ", 'hi', 'there'), 1");
        Awaits.until("delivered", 10, TimeUnit.SECONDS, () -> eval(b, "got.length").equals(1.0));
        assertEquals(a.webContents().id() + ":there", eval(b, "got[0]"));
    }

    @Test
    void webContentsSendWithoutChannelThrows(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> w.webContents().send(null, 1));
        assertEquals("Missing required channel argument", e.getMessage());
        assertNull(w.webContents().mainFrame().parent());
    }
}
