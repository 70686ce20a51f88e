package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * The cases of Electron's api-ipc-spec "MessagePort", "close event", "WebContents.postMessage" and
 * "WebFrameMain.postMessage" that MessagePortTest does not already mirror step by step, each written as the spec
 * does it (the spec's title is in each test's comment).
 */
@ExtendWith(ShellExtension.class)
class MessagePortSpecCasesTest {
    // "can sent a message without a transfer": ports is empty, the sender is the main frame
    @Test
    void aMessageWithoutATransferComesFromTheMainFrameWithNoPorts(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        w.webContents().ipc().once("port", (e, a) -> got.complete(e));
        eval(w, "ipcRenderer.postMessage('port', 'hi'); 1");
        IpcMainEvent e = got.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), e.ports());
        assertNull(e.senderFrame().parent());
        assertEquals(w.webContents().mainFrame().frameId(), e.senderFrame().frameId());
    }

    // "can receive a port from a renderer over a MessagePort connection": the page queues a message carrying a port
    // (which has a message queued itself) before it moves the outer port to main
    @Test
    void portsWithMessagesQueuedInThePageArriveNestedWithThem(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        w.webContents().ipc().once("port", (e, a) -> got.complete(e));
        eval(w, """
                const channel1 = new MessageChannel();
                const channel2 = new MessageChannel();
                channel1.port2.postMessage('', [channel2.port1]);
                channel2.port2.postMessage('matryoshka');
                ipcRenderer.postMessage('port', '', [channel1.port1]); 1""");
        MessagePortMain port1 = got.get(10, TimeUnit.SECONDS).ports().get(0);
        BlockingQueue<MessageEvent> onPort1 = new LinkedBlockingQueue<>();
        port1.onMessage(onPort1::add).start();
        MessageEvent outer = onPort1.poll(10, TimeUnit.SECONDS);
        MessagePortMain port2 = outer.ports().get(0);
        BlockingQueue<Object> onPort2 = new LinkedBlockingQueue<>();
        port2.onMessage(m -> onPort2.add(m.data())).start();
        assertEquals("matryoshka", onPort2.poll(10, TimeUnit.SECONDS));
    }

    // close event, in renderer: "is emitted when the main process closes its end of the port" (closed right after
    // the other end was posted, before the page has seen it)
    @Test
    void thePagesPortGetsCloseWhenJavaClosesItsEndRightAfterSendingTheOther(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        eval(w, "ipcRenderer.on('port', (e) => { const [port] = e.ports; port.start();"
                + " port.onclose = () => ipcRenderer.send('closed'); }); 1");
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        w.webContents().ipc().once("closed", (e, a) -> closed.complete(true));
        MessageChannelMain ch = new MessageChannelMain();
        w.webContents().postMessage("port", null, List.of(ch.port2()));
        ch.port1().close();
        assertTrue(closed.get(10, TimeUnit.SECONDS));
    }

    // close event, in renderer: "is emitted when the other end of a port is garbage-collected" (in the page alone)
    @Test
    void thePagesPortGetsCloseWhenItsPartnerInThePageIsCollected(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        eval(w, "window.partnerGone = false; (() => { const { port2 } = new MessageChannel(); port2.start();"
                + " port2.onclose = () => { window.partnerGone = true; }; window.kept = port2; })(); 1");
        for (int i = 0; i < 100 && !Boolean.TRUE.equals(eval(w, "window.partnerGone")); i++) {
            cefshell.internal.browser.PageDevTools.call(w.webContents(), "HeapProfiler.collectGarbage");
            Thread.sleep(50);
        }
        assertEquals(true, eval(w, "window.partnerGone"));
    }

    // close event, "when context destroyed": "does not crash" (a page whose SharedWorker port has a close listener,
    // loaded twice)
    @Test
    void aPageWithASharedWorkerPortLoadedTwiceDoesNotCrash(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", """
                <title>Hello</title><script>
                var sharedWorker = new SharedWorker('worker.js');
                sharedWorker.port.addEventListener('close', function (event) { console.log('close event', event.data); });
                </script>""", "worker.js", """
                self.addEventListener('connect', function (event) {
                  var port = event.ports[0];
                  port.addEventListener('message', function () { port.postMessage('Hello from SharedWorker!'); });
                });"""));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        assertEquals("object", eval(w, "typeof sharedWorker"));
        CompletableFuture<Boolean> again = new CompletableFuture<>();
        w.webContents().onDidFinishLoad(() -> again.complete(true));
        w.loadURL(origin + "/index.html");
        assertTrue(again.get(20, TimeUnit.SECONDS));
        assertEquals("Hello", eval(w, "document.title"));
        assertTrue(!w.webContents().isCrashed());
    }

    // MessageChannelMain: "can be passed over another channel" (everything queued in Java before the move)
    @Test
    void aJavaPortQueuedInsideAnotherJavaPortsMessageReachesThePageWithItsMessages(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        eval(w, """
                ipcRenderer.on('port', (e1) => {
                  e1.ports[0].onmessage = (e2) => { e2.ports[0].onmessage = (e3) => ipcRenderer.send('done', e3.data); };
                }); 1""");
        CompletableFuture<Object> done = new CompletableFuture<>();
        w.webContents().ipc().once("done", (e, a) -> done.complete(a.get(0)));
        MessageChannelMain a = new MessageChannelMain();
        MessageChannelMain b = new MessageChannelMain();
        a.port1().postMessage(null, List.of(b.port2()));
        b.port1().postMessage("hello");
        w.webContents().postMessage("port", null, List.of(a.port2()));
        assertEquals("hello", done.get(10, TimeUnit.SECONDS));
    }

    /** The two APIs the spec runs the same cases on ("WebContents.postMessage", "WebFrameMain.postMessage"). */
    private static final List<Function<WebContents, Poster>> POSTERS = List.of(
            wc -> wc::postMessage, wc -> wc.mainFrame()::postMessage);

    private interface Poster {
        void post(String channel, Object message, List<? extends MessagePortMain> transfer);
    }

    // "sends a message"
    @Test
    void bothPostMessagesSendAMessageToThePagesListeners(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        eval(w, "ipcRenderer.on('foo', (_e, msg) => ipcRenderer.send('bar', msg)); 1");
        for (Function<WebContents, Poster> api : POSTERS) {
            CompletableFuture<Object> bar = new CompletableFuture<>();
            w.webContents().ipc().once("bar", (e, a) -> bar.complete(a.get(0)));
            api.apply(w.webContents()).post("foo", Map.of("some", "message"), List.of());
            assertEquals(Map.of("some", "message"), bar.get(10, TimeUnit.SECONDS));
        }
    }

    // "error handling": invalid channel, non-serializable message, invalid transferable list (null), transferring a
    // non-transferable ([123], through raw types), null ports, duplicate ports, ports already neutered. (Missing
    // channel and missing message are compile errors in Java.)
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void bothPostMessagesThrowElectronsErrors(TestWindows t) {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        for (Function<WebContents, Poster> api : POSTERS) {
            Poster post = api.apply(w.webContents());
            assertEquals("Error processing argument at index 0, conversion failure from null",
                    assertThrows(IllegalArgumentException.class, () -> post.post(null, "", List.of())).getMessage());
            assertEquals("An object could not be cloned.",
                    assertThrows(IllegalArgumentException.class, () -> post.post("channel", w, List.of())).getMessage());
            assertEquals("Invalid value for transfer",
                    assertThrows(IllegalArgumentException.class, () -> post.post("", "", null)).getMessage());
            List polluted = new ArrayList();
            polluted.add(123);
            assertEquals("Invalid value for transfer",
                    assertThrows(IllegalArgumentException.class, () -> post.post("channel", "", polluted)).getMessage());
            assertEquals("Invalid value for transfer", assertThrows(IllegalArgumentException.class,
                    () -> post.post("foo", null, Arrays.asList((MessagePortMain) null))).getMessage());
            MessagePortMain port1 = new MessageChannelMain().port1();
            assertTrue(assertThrows(IllegalArgumentException.class,
                    () -> post.post("foo", null, List.of(port1, port1))).getMessage().contains("duplicate"));
            post.post("foo", null, List.of(port1));
            assertTrue(assertThrows(IllegalArgumentException.class,
                    () -> post.post("foo", null, List.of(port1))).getMessage().contains("already neutered"));
        }
    }

    // the "10 000 interleaved messages on two ports arrive in order", from Java to the page (MessagePortTest
    // has the page-to-Java direction)
    @Test
    void tenThousandInterleavedMessagesFromJavaOnTwoPortsArriveInOrder(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        eval(w, """
                window.got = [[], []];
                ipcRenderer.on('two', (e) => e.ports.forEach((p, i) => { p.onmessage = (m) => window.got[i].push(m.data); })); 1""");
        MessageChannelMain a = new MessageChannelMain();
        MessageChannelMain b = new MessageChannelMain();
        w.webContents().postMessage("two", null, List.of(a.port2(), b.port2()));
        for (int i = 0; i < 10_000; i++) {
            a.port1().postMessage(i);
            b.port1().postMessage(-i);
        }
        Awaits.until("20 000 messages in the page", 60, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(eval(w, "got[0].length === 10000 && got[1].length === 10000")));
        assertEquals(true, eval(w, "got[0].every((v, i) => v === i) && got[1].every((v, i) => v === -i)"));
    }

    // "can send a port to the main process" through a child frame: the sender is that frame, its parent the main one
    @Test
    void aPortFromAnIframeComesWithItsFrame(TestWindows t) throws Exception {
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        IpcListener l = (e, a) -> got.complete(e);
        t.shell().ipcMain().once("iframe-port", l);
        BrowserWindow w = t.page("<!doctype html><html><body><iframe src='child.html'></iframe></body></html>",
                Map.of("child.html", "<!doctype html><script>ipcRenderer.postMessage('iframe-port', 'hi',"
                        + " [new MessageChannel().port1]);</script>"));
        IpcMainEvent e = got.get(10, TimeUnit.SECONDS);
        assertEquals(1, e.ports().size());
        assertEquals(w.webContents().mainFrame().frameId(), e.senderFrame().parent().frameId());
    }
}
