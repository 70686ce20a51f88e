package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * MessagePorts between pages and Java in real Chromium: Electron's api-ipc-spec MessagePort, WebContents.postMessage
 * and close cases, plus order, size and page-to-page forwarding.
 */
@ExtendWith(ShellExtension.class)
class MessagePortTest {
    static final String PAGE = """
            <!doctype html><html><head><script>
            window.log = [];
            window.closes = 0;
            // A channel whose port1 goes to Java on `channel`; port2 stays here as window.mine.
            function toJava(channel, message) {
              const { port1, port2 } = new MessageChannel();
              ipcRenderer.postMessage(channel, message, [port1]);
              window.mine = port2;
              port2.onmessage = (e) => window.log.push(e.data);
              port2.addEventListener('close', () => window.closes++);
              return port2;
            }
            function error(f) { try { f(); return 'no error'; } catch (e) { return e.constructor.name + ': ' + e.message; } }
            </script></head><body></body></html>""";

    private static <T> T take(BlockingQueue<T> q) throws InterruptedException {
        T v = q.poll(10, TimeUnit.SECONDS);
        assertNotNull(v, "nothing arrived within 10 s");
        return v;
    }

    /** The next postMessage on {@code channel} of this page. */
    private static CompletableFuture<IpcMainEvent> next(BrowserWindow w, String channel) {
        CompletableFuture<IpcMainEvent> f = new CompletableFuture<>();
        w.webContents().ipc().once(channel, (e, a) -> f.complete(e));
        return f;
    }

    private static IpcMainEvent await(CompletableFuture<IpcMainEvent> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    /** Java's end of a port the page sends on {@code channel} with {@code toJava} (its own end: window.mine). */
    static MessagePortMain portFromPage(BrowserWindow w, String channel) throws Exception {
        CompletableFuture<IpcMainEvent> got = next(w, channel);
        eval(w, "toJava('" + channel + "', null); 1");
        return await(got).ports().get(0);
    }

    @Test
    void theCloseEventOfMessagePortIsOn(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        assertEquals(true, eval(w, "'onclose' in MessagePort.prototype"));
        assertEquals(true, eval(w, """
                new Promise((resolve) => { const c = new MessageChannel();
                  c.port2.onclose = () => resolve(true); c.port2.start(); c.port1.close(); setTimeout(() => resolve(false), 5000); })"""));
    }

    @Test
    void aPagesPortArrivesInEventPortsAndEchoes(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        CompletableFuture<IpcMainEvent> got = new CompletableFuture<>();
        List<Object> messages = Collections.synchronizedList(new ArrayList<>());
        w.webContents().ipc().on("port", (e, a) -> {
            messages.add(a.get(0));
            got.complete(e);
        });
        eval(w, "toJava('port', 'hi'); window.mine.onmessage = (e) => window.mine.postMessage(e.data * 2); 1");
        IpcMainEvent e = await(got);
        assertEquals(List.of("hi"), messages);
        assertEquals(1, e.ports().size());
        assertTrue(e.senderFrame().isMainFrame());
        assertThrows(UnsupportedOperationException.class, () -> e.reply("x"));
        BlockingQueue<Object> back = new LinkedBlockingQueue<>();
        MessagePortMain port = e.ports().get(0);
        port.onMessage(m -> back.add(m.data())).start();
        port.postMessage(42);
        assertEquals(84.0, take(back));

        CompletableFuture<IpcMainEvent> none = next(w, "noports");
        eval(w, "ipcRenderer.postMessage('noports', 'x'); 1");
        assertEquals(List.of(), await(none).ports());
    }

    @Test
    void aBurstOfPortMessagesGoesOutInFewQueriesAndAConversationMessageByMessage(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        MessagePortMain port = portFromPage(w, "burst");
        BlockingQueue<Object> in = new LinkedBlockingQueue<>();
        port.onMessage(m -> {
            in.add(m.data());
            if (m.data() instanceof String s && s.startsWith("ping")) {
                port.postMessage("pong" + s.substring(4));
            }
        }).start();
        // 300 posts in one task reach the bridge's port in 300 tasks: sent together all the same
        Object queries = eval(w, """
                new Promise((resolve) => { const before = __cefshell.transport.stats().query;
                  for (let i = 0; i < 300; i++) window.mine.postMessage(i);
                  setTimeout(() => resolve(__cefshell.transport.stats().query - before), 300); })""");
        for (int i = 0; i < 300; i++) {
            assertEquals((double) i, take(in));
        }
        assertTrue(((Number) queries).intValue() <= 30, queries + " queries for a burst of 300 port messages");
        // a conversation: each message answers Java's last one, so it goes out at once, not held for a burst
        Object pongs = eval(w, """
                new Promise((resolve) => { const seen = []; let n = 0;
                  window.mine.onmessage = (e) => { seen.push(e.data);
                    if (++n < 50) window.mine.postMessage('ping' + n); else resolve(seen.join(',')); };
                  window.mine.postMessage('ping0'); })""");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            assertEquals("ping" + i, take(in));
            expected.add("pong" + i);
        }
        assertEquals(String.join(",", expected), pongs);
    }

    @Test
    void theTransferListIsCheckedAsElectronDoes(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        assertEquals("TypeError: Invalid value for transfer",
                eval(w, "error(() => ipcRenderer.postMessage('x', 'm', [new ArrayBuffer(1)]))"));
        assertEquals("TypeError: Invalid value for transfer", eval(w, "error(() => ipcRenderer.postMessage('x', 'm', null))"));
        assertEquals("TypeError: Invalid value for transfer", eval(w, "error(() => ipcRenderer.postMessage('x', 'm', [123]))"));
        assertEquals("TypeError: Invalid value for transfer",
                eval(w, "(() => { const c = new MessageChannel(); return error(() => ipcRenderer.postMessage('x', 'm', [c.port1, c.port1])); })()"));
        assertEquals("Error: An object could not be cloned.", eval(w, "error(() => ipcRenderer.postMessage('x', () => 1))"));
        // a moved port is neutered: moving it again fails
        assertEquals("TypeError: Invalid value for transfer", eval(w, """
                (() => { const c = new MessageChannel(); ipcRenderer.postMessage('x', 'm', [c.port1]);
                  return error(() => ipcRenderer.postMessage('x', 'm', [c.port1])); })()"""));
        assertEquals("TypeError: Error processing argument at index 1, conversion failure from 5",
                eval(w, "error(() => ipcRenderer.postMessage(5, 'm'))"));
    }

    @Test
    void messagesQueueUntilStartThenArriveInOrder(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        CompletableFuture<IpcMainEvent> got = next(w, "q");
        eval(w, "const p = toJava('q', null); p.postMessage(1); p.postMessage(2); p.postMessage(3); 1");
        MessagePortMain port = await(got).ports().get(0);
        BlockingQueue<Object> in = new LinkedBlockingQueue<>();
        port.onMessage(m -> in.add(m.data()));
        Thread.sleep(100);
        assertTrue(in.isEmpty(), "nothing before start()");
        port.start();
        assertEquals(1.0, take(in));
        assertEquals(2.0, take(in));
        assertEquals(3.0, take(in));
    }

    @Test
    void javaSendsAPortToThePage(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        eval(w, """
                ipcRenderer.on('port', (e, msg) => { window.got = msg; window.p = e.ports[0];
                  window.p.onmessage = (ev) => window.p.postMessage(ev.data + '!'); }); 1""");
        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<Object> back = new LinkedBlockingQueue<>();
        ch.port1().onMessage(m -> back.add(m.data())).start();
        ch.port1().postMessage("queued before the move");
        w.webContents().postMessage("port", java.util.Map.of("a", 1), List.of(ch.port2()));
        assertEquals("queued before the move!", take(back));
        ch.port1().postMessage("x");
        assertEquals("x!", take(back));
        assertEquals("{\"a\":1}", eval(w, "JSON.stringify(window.got)"));
        assertEquals(true, eval(w, "window.p instanceof MessagePort"));
        ch.port2().postMessage("moved ports are neutered: a no-op");
    }

    @Test
    void webContentsPostMessageThrowsElectronsErrors(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        WebContents wc = w.webContents();
        assertEquals("Error processing argument at index 0, conversion failure from null",
                assertThrows(IllegalArgumentException.class, () -> wc.postMessage(null, "m")).getMessage());
        assertEquals("An object could not be cloned.",
                assertThrows(IllegalArgumentException.class, () -> wc.postMessage("c", Object.class)).getMessage());
        assertEquals("Invalid value for transfer", assertThrows(IllegalArgumentException.class,
                () -> wc.postMessage("c", "m", Arrays.asList((MessagePortMain) null))).getMessage());
        MessageChannelMain ch = new MessageChannelMain();
        assertEquals("Port at index 1 is a duplicate.", assertThrows(IllegalArgumentException.class,
                () -> wc.postMessage("c", "m", List.of(ch.port1(), ch.port1()))).getMessage());
        wc.postMessage("c", "m", List.of(ch.port1()));
        assertEquals("Port at index 0 is already neutered.", assertThrows(IllegalArgumentException.class,
                () -> wc.mainFrame().postMessage("c", "m", List.of(ch.port1()))).getMessage());
    }

    @Test
    void aPortIsForwardedFromOnePageToAnother(TestWindows t) throws Exception {
        BrowserWindow a = t.page(PAGE);
        BrowserWindow b = t.page(PAGE);
        CompletableFuture<IpcMainEvent> got = next(a, "forward");
        eval(a, "toJava('forward', null); 1");
        eval(b, "ipcRenderer.on('port', (e) => { window.p = e.ports[0]; window.p.postMessage('a message'); "
                + "window.p.onmessage = (ev) => window.log.push(ev.data); }); 1");
        b.webContents().postMessage("port", null, await(got).ports());
        Awaits.until("a's port got b's message", 10, TimeUnit.SECONDS, () -> "a message".equals(eval(a, "window.log[0]")));
        eval(a, "window.mine.postMessage('and back'); 1");
        Awaits.until("b's port got a's answer", 10, TimeUnit.SECONDS, () -> "and back".equals(eval(b, "window.log[0]")));
        eval(b, "window.p.close(); 1");
        Awaits.until("a's port closes", 10, TimeUnit.SECONDS, () -> Double.valueOf(1).equals(eval(a, "window.closes")));
    }

    @Test
    void closeGoesBothWaysOnce(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        MessagePortMain fromPage = portFromPage(w, "c1");
        AtomicInteger javaCloses = new AtomicInteger();
        fromPage.onClose(javaCloses::incrementAndGet).start();
        fromPage.close();
        Awaits.until("the page's port closes", 10, TimeUnit.SECONDS, () -> Double.valueOf(1).equals(eval(w, "window.closes")));
        Awaits.until("Java's port emits close", 10, TimeUnit.SECONDS, () -> javaCloses.get() == 1);

        CompletableFuture<IpcMainEvent> got2 = next(w, "c2");
        eval(w, "toJava('c2', null); 1");
        MessagePortMain second = await(got2).ports().get(0);
        CountDownLatch closed = new CountDownLatch(1);
        second.onClose(closed::countDown).start();
        eval(w, "window.mine.close(); 1");
        assertTrue(closed.await(10, TimeUnit.SECONDS), "the page's close reached Java");
        second.postMessage("after close: a no-op");
        Thread.sleep(100);
        assertEquals(1, javaCloses.get());
    }

    @Test
    void aPortSentToNowhereClosesThePagesEndWhenCollected(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        eval(w, "toJava('nobody-listens', null); 1");
        for (int i = 0; i < 200 && !Double.valueOf(1).equals(eval(w, "window.closes")); i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertEquals(1.0, eval(w, "window.closes"));
    }

    @Test
    void tenThousandInterleavedMessagesOnTwoPortsArriveInOrder(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        CompletableFuture<IpcMainEvent> got = next(w, "two");
        eval(w, "const ca = new MessageChannel(), cb = new MessageChannel();"
                + "ipcRenderer.postMessage('two', null, [ca.port1, cb.port1]); window.pa = ca.port2; window.pb = cb.port2; 1");
        List<MessagePortMain> ports = await(got).ports();
        List<Object> ga = Collections.synchronizedList(new ArrayList<>());
        List<Object> gb = Collections.synchronizedList(new ArrayList<>());
        ports.get(0).onMessage(m -> ga.add(m.data())).start();
        ports.get(1).onMessage(m -> gb.add(m.data())).start();
        eval(w, "for (let i = 0; i < 10000; i++) { pa.postMessage(i); pb.postMessage(-i); } 1");
        Awaits.until("20 000 messages", 30, TimeUnit.SECONDS, () -> ga.size() == 10_000 && gb.size() == 10_000);
        for (int i = 0; i < 10_000; i++) {
            assertEquals((double) i, ga.get(i));
            assertEquals(i == 0 ? -0.0 : (double) -i, gb.get(i));
        }
    }

    @Test
    void tenMebibytesCrossAPortBothWays(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        MessagePortMain port = portFromPage(w, "big");
        BlockingQueue<Object> in = new LinkedBlockingQueue<>();
        port.onMessage(m -> in.add(m.data())).start();
        eval(w, "const big = new Uint8Array(10 << 20); for (let i = 0; i < big.length; i += 4096) big[i] = i >> 12 & 255;"
                + "window.mine.postMessage(big); 1");
        byte[] bytes = (byte[]) take(in);
        assertEquals(10 << 20, bytes.length);
        assertEquals((byte) ((8192 * 5) >> 12), bytes[8192 * 5]);
        port.postMessage(bytes);
        Awaits.until("10 MiB back in the page", 30, TimeUnit.SECONDS, () -> Double.valueOf(1).equals(eval(w, "window.log.length")));
        assertEquals(true, eval(w, "window.log[0] instanceof Uint8Array && window.log[0].length === 10 << 20 && window.log[0][8192 * 5] === 10"));
        assertEquals(true, eval(w, "(s => s.socketParts + s.parts >= 1 && s.socket + s.frame >= 1)(__cefshell.transport.stats())"),
                "both ways took the binary path (a frame to Java, parked parts from Java; over the socket or the app scheme)");
        // a message queued behind the large one still comes after it
        port.postMessage(new byte[1 << 20]);
        port.postMessage("after the large one");
        Awaits.until("both", 30, TimeUnit.SECONDS, () -> Double.valueOf(3).equals(eval(w, "window.log.length")));
        assertEquals("after the large one", eval(w, "window.log[2]"));
    }

    @Test
    void postMessageTakesSendsCascadeInOrderWithSends(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        WebContents wc = w.webContents();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        wc.onIpcMessage((e, channel, a) -> seen.add("page " + channel + " " + ((IpcMainEvent) e).ports().size()));
        wc.mainFrame().ipc().on("pm", (e, a) -> seen.add("frame pm " + e.ports().size()));
        wc.ipc().on("pm", (e, a) -> seen.add("webContents pm " + e.ports().size()));
        IpcMain ipcMain = t.shell().ipcMain();
        IpcListener last = (e, a) -> {
            seen.add("ipcMain pm " + e.ports().size());
            done.countDown();
        };
        ipcMain.on("pm", last);
        try {
            eval(w, "ipcRenderer.send('before'); const c = new MessageChannel();"
                    + "ipcRenderer.postMessage('pm', 1, [c.port1, new MessageChannel().port1]); ipcRenderer.send('after'); 1");
            assertTrue(done.await(10, TimeUnit.SECONDS));
            Awaits.until("the send after it", 10, TimeUnit.SECONDS, () -> seen.size() == 6);
            assertEquals(List.of("page before 0", "page pm 2", "frame pm 2", "webContents pm 2", "ipcMain pm 2", "page after 0"), seen);
        } finally {
            ipcMain.removeListener("pm", last);
        }
    }

    @Test
    void structuredCloneValuesCrossAPortIntactBothWays(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        MessagePortMain port = portFromPage(w, "types");
        BlockingQueue<Object> in = new LinkedBlockingQueue<>();
        port.onMessage(m -> {
            in.add(m.data());
            port.postMessage(m.data()); // and back as it came
        }).start();
        eval(w, "window.mine.postMessage({ ab: new Uint8Array([1, 2, 3]).buffer, f64: new Float64Array([0.5]),"
                + " big: 12345678901234567890n, date: new Date(5), map: new Map([[1, 'one']]), set: new Set(['s']),"
                + " err: new TypeError('bad'), nan: NaN, neg0: -0, undef: undefined }); 1");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> v = (java.util.Map<String, Object>) take(in);
        java.nio.ByteBuffer ab = (java.nio.ByteBuffer) v.get("ab");
        assertEquals(3, ab.remaining());
        assertEquals(new java.math.BigInteger("12345678901234567890"), v.get("big"));
        assertEquals(java.time.Instant.ofEpochMilli(5), v.get("date"));
        assertEquals("bad", ((JsError) v.get("err")).getMessage());
        assertEquals(Undefined.INSTANCE, v.get("undef"));
        Awaits.until("the echo", 10, TimeUnit.SECONDS, () -> Double.valueOf(1).equals(eval(w, "window.log.length")));
        assertEquals("ArrayBuffer 3,Float64Array 0.5,bigint,5,one,true,TypeError bad,NaN,true,true", eval(w,
                "(() => { const v = window.log[0];"
                + " return [v.ab.constructor.name + ' ' + v.ab.byteLength, v.f64.constructor.name + ' ' + v.f64[0], typeof v.big,"
                + " v.date.getTime(), v.map.get(1), v.set.has('s'), v.err.name + ' ' + v.err.message, v.nan,"
                + " Object.is(v.neg0, -0), 'undef' in v && v.undef === undefined].join(); })()"));
    }

    @Test
    void javaPortsRefuseWhatCannotBeClonedAndGoneFramesThrow(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        MessagePortMain port = portFromPage(w, "p");
        assertEquals("An object could not be cloned.",
                assertThrows(IllegalArgumentException.class, () -> port.postMessage(Object.class)).getMessage());
        port.postMessage("still open");
        Awaits.until("the port still works", 10, TimeUnit.SECONDS, () -> "still open".equals(eval(w, "window.log[0]")));
        WebFrameMain frame = w.webContents().mainFrame();
        w.close();
        Awaits.until("the frame is gone", 10, TimeUnit.SECONDS, frame::isDestroyed);
        MessageChannelMain ch = new MessageChannelMain();
        assertThrows(IllegalStateException.class, () -> frame.postMessage("c", "m", List.of(ch.port2())));
        ch.port2().postMessage("the port was not moved: it still works");
    }
}
