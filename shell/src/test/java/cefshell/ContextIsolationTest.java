package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * A window with a preload runs it, with the bridge, in a world of its own (Electron's contextIsolation, on by default
 * with a preload): the page sees only what contextBridge exposes, the preload gets Electron's sandboxed-preload
 * environment, and the page cannot break or read IPC by replacing built-ins.
 */
@ExtendWith(ShellExtension.class)
class ContextIsolationTest {
    private static final String PRELOAD = """
            const { contextBridge, ipcRenderer } = require('electron/renderer');
            const webview = 'the preload\\'s own top-level const';
            contextBridge.exposeInMainWorld('api', {
              add: (a, b) => ipcRenderer.invoke('add', a, b),
              sync: (v) => ipcRenderer.sendSync('sync', v),
              notify: (v) => ipcRenderer.send('notify', v),
              onUpdateCounter: (callback) => ipcRenderer.on('update-counter', (_event, value) => callback(value)),
              fails: () => { throw new Error('preload says no'); },
              later: () => new Promise((resolve) => setTimeout(() => resolve({ nested: [1, 'two'] }), 10)),
              env: () => ({
                processType: process.type, isolated: process.contextIsolated, chrome: process.versions.chrome,
                hex: Buffer.from('hi').toString('hex'), timers: typeof require('timers').setImmediate,
                events: typeof require('events').EventEmitter,
                fs: (() => { try { require('fs'); return 'loaded'; } catch (e) { return e.message; } })(),
              }),
              constant: { version: 3, list: [1, 2] },
              stats: () => __cefshell.transport.stats(),
            });
            """;

    private BrowserWindow open(TestWindows t, String preloadSource, String indexHtml) throws Exception {
        Path preload = Files.createTempFile("preload", ".js");
        Files.writeString(preload, preloadSource);
        BrowserWindowOptions options = BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().preload(preload).build()).build();
        String origin = t.serve(Map.of("index.html", indexHtml));
        BrowserWindow w = t.openAndWait(origin + "/index.html", options);
        w.webContents().ipc().handle("add", (e, a) -> a.get(0, double.class) + a.get(1, double.class));
        w.webContents().ipc().on("sync", (e, a) -> e.setReturnValue("sync " + a.get(0)));
        return w;
    }

    @Test
    void pageScriptsSeeOnlyWhatThePreloadExposes(TestWindows t) throws Exception {
        BrowserWindow w = open(t, PRELOAD, "<html><head><script>const webview = 'the page\\'s own';"
                + "window.seenAtStart = [typeof require, typeof ipcRenderer, typeof __cefshell, typeof api.add].join();"
                + "</script></head></html>");
        assertEquals("undefined,undefined,undefined,function", eval(w, "seenAtStart"));
        assertEquals("undefined,undefined,undefined,undefined",
                eval(w, "[typeof require, typeof ipcRenderer, typeof __cefshell, typeof cefQueryPaths].join()"));
        assertEquals("the page's own", eval(w, "webview"), "the preload's top-level names are its own");
        assertEquals(5.0, eval(w, "api.add(2, 3)"));
        assertEquals("sync x", eval(w, "api.sync('x')"));
        assertEquals("{\"nested\":[1,\"two\"]}", eval(w, "api.later().then(JSON.stringify)"));
        assertEquals("preload says no", eval(w, "(() => { try { api.fails(); } catch (e) { return e.message; } })()"));
        assertEquals(true, eval(w, "Object.isFrozen(api) && Object.isFrozen(api.constant) && api.constant.list[1] === 2"));
        assertEquals(true, eval(w, "(() => { try { api.add = null; } catch (e) {} return typeof api.add === 'function'; })()"));
    }

    /** A script asked for before the page has loaded runs in it once it has (not in the placeholder before it). */
    @Test
    void executeJavaScriptRightAfterOpeningAnIsolatedWindowRunsInThePage(TestWindows t) throws Exception {
        Path preload = Files.createTempFile("preload", ".js");
        Files.writeString(preload, PRELOAD);
        String origin = t.serve(Map.of("index.html", "<html><head><title>ready</title></head></html>"));
        BrowserWindow w = t.open(origin + "/index.html", BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().preload(preload).build()).build());
        assertEquals("ready", w.webContents().executeJavaScript("document.title").get(5, TimeUnit.SECONDS));
    }

    /** sendSync from the isolated world takes the fast prompt path, as in the page world (not the sync XHR). */
    @Test
    void sendSyncFromTheIsolatedWorldTakesThePromptPath(TestWindows t) throws Exception {
        BrowserWindow w = open(t, PRELOAD, "<html><head></head></html>");
        cefshell.testing.Awaits.until("connected", 10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(eval(w, "api.stats().connected")));
        eval(w, "window.before = api.stats(); for (let i = 0; i < 5; i++) api.sync(i); 1");
        assertEquals("5,0", eval(w, "(() => { const s = api.stats(); return [s.prompt - before.prompt, s.syncXhr - before.syncXhr].join(); })()"));
    }

    @Test
    void thePreloadHasElectronsSandboxedPreloadEnvironment(TestWindows t) throws Exception {
        BrowserWindow w = open(t, PRELOAD, "<html><head></head></html>");
        assertEquals("renderer,true,true,6869,function,function,module not found: fs", eval(w, """
                (() => { const e = api.env();
                  return [e.processType, e.isolated, e.chrome === '%s', e.hex, e.timers, e.events, e.fs].join(); })()"""
                .formatted(t.shell().chromiumVersion())));
    }

    @Test
    void aCallbackThePagePassesInIsCalledWithMessagesFromJava(TestWindows t) throws Exception {
        BrowserWindow w = open(t, PRELOAD, "<html><head></head></html>");
        eval(w, "window.counts = []; api.onUpdateCounter((v) => counts.push(v)); 1");
        w.webContents().send("update-counter", 1);
        w.webContents().send("update-counter", -1);
        cefshell.testing.Awaits.until("delivered", 10, TimeUnit.SECONDS, () -> eval(w, "counts.length").equals(2.0));
        assertEquals("[1,-1]", eval(w, "JSON.stringify(counts)"));
    }

    @Test
    void aPageThatReplacesBuiltInsCannotBreakOrReadIpc(TestWindows t) throws Exception {
        String tamper = """
                JSON.stringify = () => 'tampered'; JSON.parse = () => ({ tampered: true });
                Array.prototype.map = function () { return ['tampered']; };
                Array.prototype[Symbol.iterator] = function* () { yield 'tampered'; };
                const then = Promise.prototype.then;
                const reflectApply = Reflect.apply;
                Promise.prototype.then = function (a, b) { window.stolen = (window.stolen || 0) + 1; return reflectApply(then, this, [a, b]); };
                Function.prototype.call = function () { return 'tampered'; };
                Function.prototype.apply = function () { return 'tampered'; };
                window.cefQuery = () => { window.stolen = 'cefQuery'; };
                window.fetch = () => { window.stolen = 'fetch'; };
                window.XMLHttpRequest = function () { window.stolen = 'xhr'; };
                window.prompt = () => { window.stolen = 'prompt'; return null; };
                EventTarget.prototype.dispatchEvent = () => { window.stolen = 'dispatch'; };
                CustomEvent = function () { window.stolen = 'CustomEvent'; };
                """;
        BrowserWindow w = open(t, PRELOAD, "<html><head><script>" + tamper + "</script></head></html>");
        CompletableFuture<Object> notified = new CompletableFuture<>();
        w.webContents().ipc().on("notify", (e, a) -> notified.complete(a.get(0)));
        eval(w, "window.stolen = undefined; window.r = null; api.add(40, 2).then((v) => { r = v; }); api.notify({ n: [1, 2] }); 1");
        cefshell.testing.Awaits.until("answered", 10, TimeUnit.SECONDS, () -> Double.valueOf(42).equals(eval(w, "r")));
        assertEquals("sync y", eval(w, "api.sync('y')"));
        assertEquals(Map.of("n", java.util.List.of(1.0, 2.0)), notified.get(10, TimeUnit.SECONDS));
        Object stolen = eval(w, "typeof window.stolen === 'number' ? 'then only' : String(window.stolen)");
        assertTrue(stolen.equals("undefined") || stolen.equals("then only"),
                "the bridge used a page built-in: " + stolen);
    }

    @Test
    void anErrorInThePreloadNamesThePreloadFileAndLine(TestWindows t) throws Exception {
        Path dir = Files.createTempDirectory("preload");
        Path preload = dir.resolve("my-preload.js");
        Files.writeString(preload, "const a = 1;\nconst b = 2;\nnull.boom;\n");
        BrowserWindowOptions options = BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().preload(preload).build()).build();
        String origin = t.serve(Map.of("index.html", "<html><head></head></html>"));
        BrowserWindow w = t.openAndWait(origin + "/index.html", options);
        ConsoleMessage m = t.console(w).awaitPrefix("Unable to load preload script");
        assertTrue(m.message().contains("my-preload.js:3"), m.message());
        assertEquals(1.0, eval(w, "1"), "the page still works");
    }

    @Test
    void executeJavaScriptWorksUnderAStrictContentSecurityPolicyInBothModes(TestWindows t) throws Exception {
        String csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'\">";
        BrowserWindow isolated = open(t, PRELOAD, "<html><head>" + csp + "</head><body>x</body></html>");
        assertEquals(42.0, eval(isolated, "6 * 7"));
        assertEquals("{\"a\":[1,\"b\"]}", eval(isolated, "Promise.resolve({a: [1, 'b']}).then(JSON.stringify)"));
        assertEquals(Map.of("a", java.util.List.of(1.0, "b")), eval(isolated, "({a: [1, 'b']})"));
        String origin = t.serve(Map.of("index.html", "<html><head>" + csp + "</head><body>x</body></html>"));
        BrowserWindow plain = t.openAndWait(origin + "/index.html", BrowserWindowOptions.defaults());
        assertEquals(42.0, eval(plain, "let x = 6; x * 7"));
        assertEquals("page error", eval(plain, "Promise.reject(new Error('page error')).catch((e) => e.message)"));
    }

    /**
     * Under isolation every executeJavaScript is a DevTools call. JCEF's own DevTools client lost the answer of about
     * one call in 600 when it came before the caller had the message id (a caller thread not scheduled for a moment,
     * as on a busy machine): that call never completed. A thread that keeps a core busy makes the moment likely.
     */
    @Test
    void everyScriptOfAnIsolatedPageIsAnsweredOnABusyMachine(TestWindows t) throws Exception {
        String csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'\">";
        BrowserWindow w = open(t, PRELOAD, "<html><head>" + csp + "</head><body><p id=x>read me</p></body></html>");
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread busy = new Thread(() -> {
            long spins = 0;
            while (!stop.get()) {
                spins++;
            }
            assertTrue(spins >= 0);
        }, "busy-core");
        busy.start();
        try {
            for (int i = 0; i < 600; i++) {
                Object text;
                try {
                    text = w.webContents().executeJavaScript("document.getElementById('x').textContent + " + i)
                            .get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("executeJavaScript number " + i + " had no answer in 5 s", e);
                }
                assertEquals("read me" + i, text);
            }
        } finally {
            stop.set(true);
            busy.join();
        }
    }

    /**
     * A script's result through DevTools (a strict CSP) arrives on CEF's UI thread: Java's callbacks on it must run
     * elsewhere, or one that takes its time holds up every page (the next script's answer, IPC).
     */
    @Test
    void aSlowCallbackOnAScriptsResultDoesNotHoldUpThePage(TestWindows t) throws Exception {
        String csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'\">";
        BrowserWindow w = open(t, PRELOAD, "<html><head>" + csp + "</head><body>x</body></html>");
        java.util.concurrent.CountDownLatch inCallback = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> slow = w.webContents().executeJavaScript("1").thenRun(() -> {
            inCallback.countDown();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(inCallback.await(10, java.util.concurrent.TimeUnit.SECONDS));
        long start = System.nanoTime();
        assertEquals(5.0, eval(w, "api.add(2, 3)"), "a script and an invoke while the callback sleeps");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_500, "they waited for the callback: " + millis + " ms");
        slow.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void withIsolationOffThePreloadSharesThePageWorldAndContextBridgeRefuses(TestWindows t) throws Exception {
        Path preload = Files.createTempFile("preload", ".js");
        Files.writeString(preload, """
                const { contextBridge } = require('electron');
                try { contextBridge.exposeInMainWorld('api', {}); window.refusal = 'none'; }
                catch (e) { window.refusal = e.message; }
                """);
        BrowserWindowOptions options = BrowserWindowOptions.builder().webPreferences(
                WebPreferences.builder().preload(preload).contextIsolation(false).build()).build();
        String origin = t.serve(Map.of("index.html", "<html><head></head></html>"));
        BrowserWindow w = t.openAndWait(origin + "/index.html", options);
        assertEquals("contextBridge API can only be used when contextIsolation is enabled", eval(w, "refusal"));
        assertEquals("object,function", eval(w, "[typeof ipcRenderer, typeof require].join()"));
    }
}
