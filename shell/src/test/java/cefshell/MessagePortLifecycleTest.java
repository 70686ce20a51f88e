package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * Ports whose page goes away (navigation, renderer killed, window closed) close their Java end exactly once; ports
 * reach iframes (webFrameMain.postMessage), travel inside port messages, and cross context isolation the way
 * Electron's message-ports tutorial moves them (window.postMessage between the page and its preload).
 */
@ExtendWith(ShellExtension.class)
class MessagePortLifecycleTest {
    /** A page whose port1 went to Java, started, counting its close events. */
    private record Bound(MessagePortMain port, AtomicInteger closes) { }

    private static Bound portFrom(BrowserWindow w) throws Exception {
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        w.webContents().ipc().once("port", (e, a) -> got.complete(e));
        eval(w, "toJava('port', null); 1");
        MessagePortMain p = got.get(10, TimeUnit.SECONDS).ports().get(0);
        AtomicInteger closes = new AtomicInteger();
        p.onClose(closes::incrementAndGet).start();
        return new Bound(p, closes);
    }

    /** A port Java sent to the page, which the page has used: its Java end (port1), started, counting closes. */
    private static Bound sentByJava(BrowserWindow w) throws Exception {
        eval(w, "ipcRenderer.on('java-port', (e) => { window.jp = e.ports[0];"
                + " window.jp.onmessage = (m) => window.jp.postMessage('echo ' + m.data); }); 1");
        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<Object> echoes = new LinkedBlockingQueue<>();
        AtomicInteger closes = new AtomicInteger();
        ch.port1().onMessage(m -> echoes.add(m.data())).onClose(closes::incrementAndGet).start();
        w.webContents().postMessage("java-port", null, List.of(ch.port2()));
        ch.port1().postMessage("x");
        assertEquals("echo x", echoes.poll(10, TimeUnit.SECONDS));
        return new Bound(ch.port1(), closes);
    }

    private static void closesOnce(Bound b, String why) throws InterruptedException {
        Awaits.until("the Java port closes after " + why, 10, TimeUnit.SECONDS, () -> b.closes().get() >= 1);
        b.port().postMessage("after the close: a no-op");
        b.port().close();
        Thread.sleep(200);
        assertEquals(1, b.closes().get(), "close fires once");
    }

    @Test
    void aNavigationClosesThePortsOfTheDocumentItLeaves(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", MessagePortTest.PAGE, "next.html", MessagePortTest.PAGE));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        Bound b = portFrom(w);
        Bound j = sentByJava(w);
        w.loadURL(origin + "/next.html");
        closesOnce(b, "navigation");
        closesOnce(j, "navigation");
    }

    @Test
    void aKilledRendererClosesItsPorts(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        Bound b = portFrom(w);
        Bound j = sentByJava(w);
        w.webContents().forcefullyCrashRenderer();
        closesOnce(b, "the renderer was killed");
        closesOnce(j, "the renderer was killed");
        // brought back (a crashed page is left for reload()), its new document has ports again
        java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
        w.webContents().onDidFinishLoad(loaded::countDown);
        w.webContents().reload();
        assertTrue(loaded.await(30, TimeUnit.SECONDS), "the page did not load again");
        Bound again = portFrom(w);
        again.port().postMessage("back");
        Awaits.until("the new document's port works", 10, TimeUnit.SECONDS, () -> "back".equals(eval(w, "window.log[0]")));
    }

    @Test
    void aClosedWindowClosesItsPorts(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        Bound b = portFrom(w);
        Bound j = sentByJava(w);
        w.close();
        closesOnce(b, "the window closed");
        closesOnce(j, "the window closed");
    }

    @Test
    void webFrameMainPostMessageReachesAnIframe(TestWindows t) throws Exception {
        CompletableFuture<WebFrameMain> child = new CompletableFuture<>();
        IpcListener ready = (e, a) -> child.complete(e.senderFrame());
        t.shell().ipcMain().once("iframe-ready", ready); // before the page exists: the child says it while loading
        BrowserWindow w = t.page("<!doctype html><html><body><iframe src='child.html'></iframe></body></html>",
                Map.of("child.html", """
                        <!doctype html><html><body><script>
                        ipcRenderer.on('port', (e, msg) => { const p = e.ports[0];
                          p.onmessage = (ev) => p.postMessage(msg + ' ' + ev.data); });
                        ipcRenderer.send('iframe-ready');
                        </script></body></html>"""));
        WebFrameMain frame = child.get(10, TimeUnit.SECONDS);
        assertFalse(frame.isMainFrame());
        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<Object> back = new LinkedBlockingQueue<>();
        ch.port1().onMessage(m -> back.add(m.data())).start();
        frame.postMessage("port", "child", List.of(ch.port2()));
        ch.port1().postMessage("heard");
        assertEquals("child heard", back.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void portsTravelInsidePortMessagesBothWays(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        Bound outer = portFrom(w);
        BlockingQueue<MessageEvent> fromPage = new LinkedBlockingQueue<>();
        outer.port().onMessage(fromPage::add);
        // Java -> page: a port inside a port message; the page answers on it
        eval(w, "window.mine.onmessage = (e) => { if (e.ports.length) e.ports[0].postMessage('inner ' + e.data); }; 1");
        MessageChannelMain inner = new MessageChannelMain();
        BlockingQueue<Object> onInner = new LinkedBlockingQueue<>();
        inner.port1().onMessage(m -> onInner.add(m.data())).start();
        outer.port().postMessage("hello", List.of(inner.port2()));
        assertEquals("inner hello", onInner.poll(10, TimeUnit.SECONDS));
        // page -> Java: a port inside a port message; Java answers on it
        eval(w, "const nested = new MessageChannel(); window.mine.postMessage('take this', [nested.port1]);"
                + "nested.port2.onmessage = (e) => window.log.push(e.data); 1");
        MessageEvent e = fromPage.poll(10, TimeUnit.SECONDS);
        assertEquals("take this", e.data());
        assertEquals(1, e.ports().size());
        e.ports().get(0).postMessage("thanks");
        Awaits.until("the nested port's answer", 10, TimeUnit.SECONDS, () -> "thanks".equals(eval(w, "window.log[0]")));
    }

    private static final String ISOLATED_PRELOAD = """
            const { ipcRenderer } = require('electron/renderer');
            // Electron's message-ports tutorial: the page hands ports to the preload with window.postMessage
            window.addEventListener('message', (e) => {
              if (e.source === window && e.data === 'port-to-java') ipcRenderer.postMessage('port', 'from the page', e.ports);
            });
            ipcRenderer.on('port', (e, msg) => window.postMessage({ fromJava: msg }, '*', e.ports));
            """;

    @Test
    void underContextIsolationPortsMoveBetweenPageAndPreloadWithWindowPostMessage(TestWindows t) throws Exception {
        Path preload = Files.createTempFile("preload", ".js");
        Files.writeString(preload, ISOLATED_PRELOAD);
        String origin = t.serve(Map.of("index.html", """
                <!doctype html><html><body><script>
                window.log = [];
                window.addEventListener('message', (e) => {
                  if (e.data && e.data.fromJava) { const p = e.ports[0]; p.onmessage = (ev) => p.postMessage(e.data.fromJava + ' ' + ev.data); }
                });
                </script></body></html>"""));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().preload(preload).build()).build());
        assertEquals("undefined", eval(w, "typeof ipcRenderer"));

        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        List<Object> args = new java.util.concurrent.CopyOnWriteArrayList<>();
        w.webContents().ipc().once("port", (e, a) -> { args.add(a.get(0)); got.complete(e); });
        eval(w, "window.c = new MessageChannel(); c.port2.onmessage = (e) => window.log.push(e.data);"
                + "window.postMessage('port-to-java', '*', [c.port1]); 1");
        MessagePortMain fromPage = got.get(10, TimeUnit.SECONDS).ports().get(0);
        assertEquals(List.of("from the page"), args);
        fromPage.start();
        fromPage.postMessage("to the page's world");
        Awaits.until("the page's port got Java's message", 10, TimeUnit.SECONDS,
                () -> "to the page's world".equals(eval(w, "window.log[0]")));
        fromPage.postMessage(new byte[10 << 20]); // through the bridge's pull, not executeJavaScript
        Awaits.until("10 MiB reached the page's world", 30, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(eval(w, "window.log.length === 2 && window.log[1].length === 10 << 20")));

        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<Object> back = new LinkedBlockingQueue<>();
        ch.port1().onMessage(m -> back.add(m.data())).start();
        w.webContents().postMessage("port", "java says", List.of(ch.port2()));
        ch.port1().postMessage("hi");
        assertEquals("java says hi", back.poll(10, TimeUnit.SECONDS));
        AtomicInteger closes = new AtomicInteger();
        fromPage.onClose(closes::incrementAndGet);
        eval(w, "c.port2.close(); 1");
        Awaits.until("the page's close reached Java", 10, TimeUnit.SECONDS, () -> closes.get() == 1);
    }

    @Test
    void aPagesPortThatIsCollectedClosesItsJavaEnd(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        w.webContents().ipc().once("gc", (e, a) -> got.complete(e));
        // port2 is never started nor referenced: only Blink's garbage collector can end it
        eval(w, "(() => { const { port1 } = new MessageChannel(); ipcRenderer.postMessage('gc', null, [port1]); })(); 1");
        MessagePortMain port = got.get(10, TimeUnit.SECONDS).ports().get(0);
        AtomicInteger closes = new AtomicInteger();
        port.onClose(closes::incrementAndGet).start();
        for (int i = 0; i < 100 && closes.get() == 0; i++) {
            cefshell.internal.browser.PageDevTools.call(w.webContents(), "HeapProfiler.collectGarbage");
            Thread.sleep(50);
        }
        closesOnce(new Bound(port, closes), "the page's port was collected");
    }

    @Test
    void aPortJavaSentClosesWhenItsDocumentNavigatesAwayEvenIfThePageNeverUsedIt(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", MessagePortTest.PAGE, "next.html", MessagePortTest.PAGE));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        eval(w, "ipcRenderer.on('listen-only', (e) => { window.p = e.ports[0]; window.p.onmessage = (m) => window.log.push(m.data); }); 1");
        MessageChannelMain ch = new MessageChannelMain();
        AtomicInteger closes = new AtomicInteger();
        ch.port1().onClose(closes::incrementAndGet).start();
        w.webContents().postMessage("listen-only", null, List.of(ch.port2()));
        ch.port1().postMessage("streamed");
        Awaits.until("the page got the stream", 10, TimeUnit.SECONDS, () -> "streamed".equals(eval(w, "window.log[0]")));
        w.loadURL(origin + "/next.html");
        closesOnce(new Bound(ch.port1(), closes), "navigation of a page that only listened");
    }
}
