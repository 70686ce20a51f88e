package cefshell.internal.ports;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.IpcMainEvent;
import cefshell.MessageChannelMain;
import cefshell.MessagePortMain;
import cefshell.WebFrameMain;
import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * A hostile document cannot use a port it was not given, in real Chromium: another frame of the page (same origin or
 * another trusted one), another window of the app, or the document that replaced the port's own, posting or closing
 * with the port's id (copied here from Java's side, as a leak would hand it over) through its own bridge, is refused
 * and logged, and the port goes on working for the document it belongs to.
 */
@ExtendWith(ShellExtension.class)
class PortBindingInChromiumTest {
    static final String FRAME = """
            <!doctype html><html><body><script>
            window.log = [];
            ipcRenderer.on('port', (e) => { window.p = e.ports[0];
              window.p.onmessage = (ev) => window.p.postMessage(location.pathname + ' heard ' + ev.data); });
            // what a hostile script does with a port id it got hold of: its own bridge's transport, its own document
            function forge(id) {
              const t = __cefshell.transport;
              t.post(6, id, t.encodeArgs(['forged by ' + location.href]), []);
              t.post(8, id, t.encodeArgs([]));
              t.post(7, id, t.encodeArgs([]));
              return new Promise((resolve) => setTimeout(() => resolve(true), 100));
            }
            function toJava(channel) {
              const c = new MessageChannel();
              ipcRenderer.postMessage(channel, null, [c.port1]);
              c.port2.onmessage = (e) => window.log.push(e.data);
              window.mine = c.port2;
            }
            </script></body></html>""";

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("cefshell").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("cefshell").removeHandler(capture);
    }

    private int refusalsLogged() {
        return (int) logged.stream().filter(r -> r.getLoggerName().equals("cefshell.ports")
                && r.getMessage().contains("refused a message for a MessagePort of another frame or document")).count();
    }

    /** The id under which the page's bridge holds the other end of this Java port (what a leak would reveal). */
    private static String pageIdOf(MessagePortMain javaEnd) {
        synchronized (PortGraph.LOCK) {
            return ((PageEnd) ((PortHandle) javaEnd).core.peer).id;
        }
    }

    private static Object run(WebFrameMain f, String code) throws Exception {
        return f.executeJavaScript(code).get(20, TimeUnit.SECONDS);
    }

    /** A started Java port and what it received (data, and "close"). */
    private static List<Object> record(MessagePortMain p) {
        List<Object> got = Collections.synchronizedList(new ArrayList<>());
        p.onMessage(m -> got.add(m.data())).onClose(() -> got.add("close")).start();
        return got;
    }

    private static WebFrameMain child(BrowserWindow w, String path) {
        for (WebFrameMain f : w.webContents().mainFrame().frames()) {
            if (f.url().endsWith(path)) {
                return f;
            }
        }
        throw new AssertionError("no frame " + path);
    }

    @Test
    void aPortSentToOneIframeIsNotReachableFromItsSiblingOrItsParent(TestWindows t) throws Exception {
        BrowserWindow w = t.page("<!doctype html><html><body><iframe src='a.html'></iframe><iframe src='b.html'></iframe>"
                + FRAME.substring(FRAME.indexOf("<script>")), Map.of("a.html", FRAME, "b.html", FRAME));
        Awaits.until("both iframes", 20, TimeUnit.SECONDS, () -> w.webContents().mainFrame().frames().size() == 2);
        WebFrameMain a = child(w, "/a.html");
        WebFrameMain b = child(w, "/b.html");
        MessageChannelMain ch = new MessageChannelMain();
        List<Object> got = record(ch.port1());
        a.postMessage("port", null, List.of(ch.port2()));
        ch.port1().postMessage("1");
        Awaits.until("a's answer", 10, TimeUnit.SECONDS, () -> got.contains("/a.html heard 1")); // bound to a's document
        String id = pageIdOf(ch.port1());

        assertEquals(true, run(b, "forge('" + id + "')"));
        assertEquals(true, eval(w, "forge('" + id + "')"));
        ch.port1().postMessage("2");
        Awaits.until("a's second answer", 10, TimeUnit.SECONDS, () -> got.contains("/a.html heard 2"));
        assertEquals(List.of("/a.html heard 1", "/a.html heard 2"), got, "nothing forged arrived, nothing closed it");
        assertTrue(refusalsLogged() >= 1, "the refusal is logged: " + logged.stream().map(LogRecord::getMessage).toList());
        assertEquals(false, run(b, "'p' in window"), "the sibling never got a port");
    }

    @Test
    void aCrossOriginIframeCannotUseItsParentsPortEvenWhenItsOriginIsTrusted(TestWindows t) throws Exception {
        String other = t.serve(Map.of("index.html", FRAME, "child.html", FRAME));
        String origin = t.serve(Map.of("index.html", "<!doctype html><html><body><iframe src='" + other + "/child.html'>"
                + "</iframe>" + FRAME.substring(FRAME.indexOf("<script>"))));
        // the window loaded the other origin first, so its pages are trusted with IPC too
        BrowserWindow w = t.openAndWait(other + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        CompletableFuture<Object> loaded = new CompletableFuture<>();
        w.webContents().onDidFinishLoad(() -> loaded.complete(true));
        w.loadURL(origin + "/index.html");
        loaded.get(20, TimeUnit.SECONDS);
        Awaits.until("the iframe", 20, TimeUnit.SECONDS, () -> w.webContents().mainFrame().frames().size() == 1);
        WebFrameMain iframe = w.webContents().mainFrame().frames().get(0);
        assertEquals(other, iframe.origin());

        CompletableFuture<IpcMainEvent> sent = new CompletableFuture<>();
        w.webContents().ipc().once("port", (e, a) -> sent.complete(e));
        eval(w, "toJava('port'); 1");
        MessagePortMain port = sent.get(10, TimeUnit.SECONDS).ports().get(0);
        List<Object> got = record(port);
        String id = pageIdOf(port);
        int before = refusalsLogged();
        assertEquals(true, run(iframe, "forge('" + id + "')"));
        eval(w, "mine.postMessage('from its own document'); 1");
        Awaits.until("the page's own message", 10, TimeUnit.SECONDS, () -> got.contains("from its own document"));
        assertEquals(List.of("from its own document"), got);
        Awaits.until("the refusal is logged", 10, TimeUnit.SECONDS, () -> refusalsLogged() > before);
        port.postMessage("and back");
        Awaits.until("the port still works both ways", 10, TimeUnit.SECONDS, () -> "and back".equals(eval(w, "log[0]")));
    }

    @Test
    void anotherWindowOfTheAppCannotUseAPagesPort(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", FRAME));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        BrowserWindow intruder = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        CompletableFuture<IpcMainEvent> sent = new CompletableFuture<>();
        w.webContents().ipc().once("port", (e, a) -> sent.complete(e));
        eval(w, "toJava('port'); 1");
        MessagePortMain port = sent.get(10, TimeUnit.SECONDS).ports().get(0);
        List<Object> got = record(port);
        int before = refusalsLogged();
        assertEquals(true, eval(intruder, "forge('" + pageIdOf(port) + "')"));
        eval(w, "mine.postMessage('own'); 1");
        Awaits.until("the page's own message", 10, TimeUnit.SECONDS, () -> got.contains("own"));
        assertEquals(List.of("own"), got);
        Awaits.until("the refusal is logged", 10, TimeUnit.SECONDS, () -> refusalsLogged() > before);
    }

    @Test
    void theDocumentThatReplacedAPortsDocumentCannotUseItsId(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", FRAME, "next.html", FRAME));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        CompletableFuture<IpcMainEvent> sent = new CompletableFuture<>();
        w.webContents().ipc().once("port", (e, a) -> sent.complete(e));
        eval(w, "toJava('port'); 1");
        MessagePortMain port = sent.get(10, TimeUnit.SECONDS).ports().get(0);
        List<Object> got = record(port);
        String id = pageIdOf(port);
        CompletableFuture<Object> loaded = new CompletableFuture<>();
        w.webContents().onDidFinishLoad(() -> loaded.complete(true));
        w.loadURL(origin + "/next.html");
        loaded.get(20, TimeUnit.SECONDS);
        assertEquals(true, eval(w, "forge('" + id + "')"));
        Awaits.until("the port closes with its document", 10, TimeUnit.SECONDS, () -> got.contains("close"));
        Thread.sleep(200);
        assertEquals(List.of("close"), got, "the successor's posts never arrived, the close came once");
        assertFalse(got.stream().anyMatch(o -> String.valueOf(o).startsWith("forged")));
    }
}
