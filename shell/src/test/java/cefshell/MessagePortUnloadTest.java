package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * What a page posts on a port from its pagehide and unload handlers still reaches Java (and from beforeunload, first,
 * unless the document is gone before the bridge's next task), in order and
 * before the port's close, whether the page leaves for its own origin or another one (Electron delivers these: the
 * page's port is a pipe to the main process there). The bridge's end of the port lives in the unloading document,
 * which runs no more tasks, so these posts go to Java directly (ports.js).
 */
@ExtendWith(ShellExtension.class)
class MessagePortUnloadTest {
    /** Posts on {@code port} from each unload-time handler of the page. */
    private static final String LAST_WORDS = """
            function lastWords(port) {
              addEventListener('beforeunload', () => port.postMessage('beforeunload'));
              addEventListener('pagehide', () => port.postMessage('pagehide'));
              addEventListener('unload', () => { port.postMessage('unload'); port.postMessage(new Uint8Array([1, 2, 3])); });
            }""";

    /** Every event of a started Java port, in order: its messages' data and "close". */
    private static List<Object> record(MessagePortMain port) {
        List<Object> events = Collections.synchronizedList(new ArrayList<>());
        port.onMessage(m -> events.add(m.data() instanceof byte[] b ? "bytes " + b.length : m.data()))
                .onClose(() -> events.add("close")).start();
        return events;
    }

    private static void lastWordsThenOneClose(List<Object> events) throws InterruptedException {
        Awaits.until("the last words and the close", 15, TimeUnit.SECONDS, () -> events.contains("close"));
        Thread.sleep(200);
        // A post from beforeunload still goes the normal way (the document may stay): it arrives first, or, when the
        // navigation unloads the document before the bridge's next task, not at all (README, MessagePorts).
        List<Object> after = events.isEmpty() || !"beforeunload".equals(events.get(0)) ? events
                : events.subList(1, events.size());
        assertEquals(List.of("pagehide", "unload", "bytes 3", "close"), after, "events: " + events);
    }

    @Test
    void aPagesPortPostedFromUnloadHandlersArrivesWhenThePageLeavesForItsOwnOrigin(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", MessagePortTest.PAGE, "next.html", MessagePortTest.PAGE));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        w.webContents().ipc().once("port", (e, a) -> got.complete(e));
        eval(w, LAST_WORDS + "; lastWords(toJava('port', null)); 1");
        List<Object> events = record(got.get(10, TimeUnit.SECONDS).ports().get(0));
        w.loadURL(origin + "/next.html");
        lastWordsThenOneClose(events);
    }

    @Test
    void aPortJavaSentPostedFromUnloadHandlersArrivesWhenThePageLeavesForAnotherOrigin(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        String other = t.serve(Map.of("index.html", MessagePortTest.PAGE));
        eval(w, LAST_WORDS + "; ipcRenderer.on('port', (e) => { lastWords(e.ports[0]); ipcRenderer.send('ready'); }); 1");
        CompletableFuture<Object> ready = new CompletableFuture<>();
        w.webContents().ipc().once("ready", (e, a) -> ready.complete(true));
        MessageChannelMain ch = new MessageChannelMain();
        List<Object> events = record(ch.port1());
        w.webContents().postMessage("port", null, List.of(ch.port2()));
        ready.get(10, TimeUnit.SECONDS);
        w.loadURL(other + "/index.html");
        lastWordsThenOneClose(events);
    }

    @Test
    void portsPostedToJavaFromPagehideArriveAndCloseWithTheirDocument(TestWindows t) throws Exception {
        String origin = t.serve(Map.of("index.html", MessagePortTest.PAGE, "next.html", MessagePortTest.PAGE));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        List<Object> args = Collections.synchronizedList(new ArrayList<>());
        w.webContents().ipc().once("leaving", (e, a) -> {
            args.add(a.get(0));
            got.complete(e);
        });
        eval(w, """
                addEventListener('pagehide', () => { const c = new MessageChannel();
                  ipcRenderer.postMessage('leaving', 'goodbye', [c.port1]); c.port2.postMessage('kept talking'); }); 1""");
        w.loadURL(origin + "/next.html");
        IpcMainEvent e = got.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("goodbye"), args);
        assertEquals(1, e.ports().size());
        List<Object> events = record(e.ports().get(0));
        Awaits.until("the port closes with its document", 15, TimeUnit.SECONDS, () -> events.contains("close"));
        Thread.sleep(200);
        assertEquals(List.of("kept talking", "close"), events);
    }
}
