package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.cef.CefApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpServer;

import cefshell.internal.runtime.UnclosedBrowsers;
import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestFrames;
import cefshell.testing.TestWindows;

/**
 * {@code <webview>} guests as pages of their own: partitions, a site that refuses to be framed, the attributes that
 * shape the guest (useragent, httpreferrer, allowpopups, webpreferences), its navigation events, insertCSS, and the
 * host's will-attach-webview. Guests are added by the host page's script with {@code add(id, attributes)}, which
 * resolves once the guest's dom-ready has fired.
 */
@ExtendWith({ShellExtension.class, GuestsClosedWithTheirHosts.class})
class WebviewGuestTest {
    private static final String HOST = """
            <!doctype html><html><head><style>body{margin:0} webview{width:160px;height:90px;display:inline-flex}</style>
            </head><body><script>
            localStorage.setItem('who', 'host');
            window.events = [];
            const NAMES = ['did-navigate', 'did-navigate-in-page', 'will-navigate', 'did-fail-load', 'load-commit',
                'close', 'destroyed', 'dom-ready', 'ipc-message'];
            window.add = (id, attributes) => new Promise((resolve) => {
              const wv = document.createElement('webview');
              wv.id = id;
              for (const [k, v] of Object.entries(attributes)) wv.setAttribute(k, v);
              for (const n of NAMES) wv.addEventListener(n, (e) => events.push(Object.assign({ id, type: n }, e)));
              wv.addEventListener('dom-ready', () => resolve('ready'), { once: true });
              wv.addEventListener('destroyed', () => resolve('destroyed'), { once: true });
              setTimeout(() => resolve('no dom-ready in 15 s: ' + JSON.stringify(events.map((e) => e.type))), 15000);
              document.body.appendChild(wv);
            });
            window.of = (id, type) => events.filter((e) => e.id === id && e.type === type);
            // resolves with the first event of that type (or has it already)
            window.next = (id, type, test = () => true) => new Promise((resolve) => {
              const has = () => of(id, type).find(test);
              if (has()) return resolve(has());
              const wv = document.getElementById(id);
              const l = () => { if (has()) { wv.removeEventListener(type, l); resolve(has()); } };
              wv.addEventListener(type, l);
              setTimeout(() => resolve(has() || null), 15000);
            });
            window.js = (id, code) => document.getElementById(id).executeJavaScript(code);
            </script></body></html>""";

    private static final String GUEST = """
            <!doctype html><html><head><title>guest</title></head>
            <body style="background:rgb(0,200,0)"><a id="next" href="second.html">next</a></body></html>""";

    private static BrowserWindow openHost(TestWindows t) {
        String origin = t.serve(Map.of("index.html", HOST, "guest.html", GUEST,
                "second.html", "<!doctype html><title>second</title><p>second</p>",
                "popup.html", "<!doctype html><title>popup</title>", "other-popup.html", "<!doctype html><title>p2</title>",
                "framed.html", "<!doctype html><title>framed</title><iframe src='inner.html'></iframe>",
                "inner.html", "<!doctype html><script>ipcRenderer.on('ping', (e, v) => ipcRenderer.sendToHost('pong', v,"
                        + " 'inner')); addEventListener('load', () => ipcRenderer.sendToHost('hello', 'inner'));</script>",
                "popper.html", "<!doctype html><body style='margin:0'><a target='_blank' style='display:block;height:100vh;"
                        + "background:rgb(0,0,200)'>new window</a><script>document.querySelector('a').href ="
                        + " new URLSearchParams(location.search).get('to')</script></body>"));
        return t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(800, 480)
                .webPreferences(WebPreferences.builder().webviewTag(true).build()).build());
    }

    /**
     * Electron's partitions: '' is the host's session, a name an in-memory one shared by every guest of that name
     * (two names, two sessions); seen through localStorage of one origin, which host and guests share.
     */
    @Test
    void partitionsSeparateStorageAndTheSameNameSharesIt(TestWindows t) {
        BrowserWindow w = openHost(t);
        assertEquals("ready", eval(w, "add('d', { src: 'guest.html' })"));
        assertEquals("ready", eval(w, "add('a1', { src: 'guest.html', partition: 'a' })"));
        assertEquals("ready", eval(w, "add('b', { src: 'guest.html', partition: 'b' })"));
        String read = "localStorage.getItem('who')";
        assertEquals("host", eval(w, "js('d', \"" + read + "\")"), "'' shares the host's storage");
        assertEquals(null, eval(w, "js('a1', \"" + read + "\")"), "partition a is not the host's");
        assertEquals(null, eval(w, "js('b', \"" + read + "\")"), "partition b is not the host's");
        eval(w, "js('a1', \"localStorage.setItem('who', 'a'), 1\")");
        eval(w, "js('d', \"localStorage.setItem('who', 'default'), 1\")");
        assertEquals(null, eval(w, "js('b', \"" + read + "\")"), "a's storage is not b's");
        assertEquals("default", eval(w, read), "the host sees what its '' guest stored");

        assertEquals("ready", eval(w, "add('a2', { src: 'guest.html', partition: 'a' })"));
        assertEquals("a", eval(w, "js('a2', \"" + read + "\")"), "a second guest of partition a shares its storage");
        // a guest in a partition of its own is served the app and reaches Java like any page
        assertEquals("guest", eval(w, "document.getElementById('a2').getTitle()"));

        // Electron's errors: the partition is fixed once the guest exists; persist: needs a name
        assertEquals("a", eval(w, "a2.partition = 'c', new Promise((r) => setTimeout(() => r(a2.partition), 50))"));
        assertTrue(t.console(w).messages().stream().anyMatch(m ->
                m.message().equals("The object has already navigated, so its partition cannot be changed.")));
        eval(w, "const p = document.createElement('webview'); p.setAttribute('partition', 'persist:');"
                + " p.setAttribute('src', 'guest.html'); document.body.appendChild(p), 1");
        t.console(w).await("Invalid partition attribute.", m -> m.message().equals("Invalid partition attribute."));
    }

    /**
     * Eight guests, each in a partition new to the shell, added at once: all load, each in a storage session of its
     * own. Made at once they keep CEF's UI thread busy, which is how this test caught JCEF's reparenting crash (see
     * NativeWindowMoves); it also needs Partitions' settle pause (see its comment).
     */
    /**
     * Eight guests in the host's own partition added at once, then the host closed: every native browser CEF made for
     * them closes. JCEF's timer used to ask twice for a browser while CEF's UI thread was busy making the others, and
     * the extra native browser was never closed: the app's exit then hung for 30 s (in 4 of 12 runs of this test).
     */
    @Test
    void manyGuestsInTheHostsPartitionAtOnceAllClose(TestWindows t) {
        BrowserWindow w = openHost(t);
        Object all = eval(w, "Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((i) => add('h' + i, { src: 'guest.html' })))");
        assertEquals(List.of("ready", "ready", "ready", "ready", "ready", "ready", "ready", "ready"), all);
        String origin = w.webContents().getURL().replaceAll("^(app://[^/]+/).*", "$1");
        w.close();
        try {
            Awaits.until("every native browser of the host and its guests closed", 15, TimeUnit.SECONDS,
                    () -> unclosed(origin).isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; CEF's exit would wait for: " + unclosed(origin), e);
        }
    }

    /** The browsers of {@code origin} JCEF still counts, as the exit message would name them. */
    private static List<String> unclosed(String origin) {
        return UnclosedBrowsers.of(CefApp.getInstance()).stream().filter(b -> b.startsWith(origin)).toList();
    }

    @Test
    void manyNewPartitionsAtOnce(TestWindows t) {
        BrowserWindow w = openHost(t);
        String stamp = Long.toString(System.nanoTime(), 36); // names no earlier test has used
        Object all = eval(w, "Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((i) => add('n' + i,"
                + " { src: 'guest.html', partition: 'new-" + stamp + "-' + i })))");
        assertEquals(List.of("ready", "ready", "ready", "ready", "ready", "ready", "ready", "ready"), all);
        for (int i = 0; i < 8; i++) {
            eval(w, "js('n" + i + "', \"localStorage.setItem('who', 'n" + i + "'), 1\")");
        }
        for (int i = 0; i < 8; i++) {
            assertEquals("n" + i, eval(w, "js('n" + i + "', \"localStorage.getItem('who')\")"));
        }
    }

    /**
     * A site that forbids being framed (X-Frame-Options and CSP frame-ancestors) loads as a guest, a top-level page of
     * its own, with the element's useragent and httpreferrer on its request.
     * (Isolated through webpreferences: a remote page gets cefshell's bridge, which executeJavaScript needs, only in
     * an isolated world.)
     */
    @Test
    void aSiteThatRefusesFramingLoadsWithTheElementsUserAgentAndReferrer(TestWindows t) throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            if (ex.getRequestURI().getPath().equals("/")) {
                seen.put("User-Agent", String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
                seen.put("Referer", String.valueOf(ex.getRequestHeaders().getFirst("Referer")));
            }
            byte[] body = "<!doctype html><title>refuses framing</title><p>top only</p>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.getResponseHeaders().add("X-Frame-Options", "DENY");
            ex.getResponseHeaders().add("Content-Security-Policy", "frame-ancestors 'none'");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String site = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            BrowserWindow w = openHost(t);
            assertEquals("ready", eval(w, "add('x', { src: '" + site + "', useragent: 'cefshell-test-agent/1.0',"
                    + " httpreferrer: 'http://referrer.example/', webpreferences: 'contextIsolation=yes' })"));
            Awaits.until("title", 20, TimeUnit.SECONDS, () -> "refuses framing".equals(eval(w, "x.getTitle()")));
            assertEquals(true, eval(w, "js('x', 'window.top === window')"));
            assertEquals("cefshell-test-agent/1.0", seen.get("User-Agent"));
            assertEquals("http://referrer.example/", seen.get("Referer"));
            assertEquals("cefshell-test-agent/1.0", eval(w, "js('x', 'navigator.userAgent')"));
            assertEquals("cefshell-test-agent/1.0", eval(w, "x.getUserAgent()"));
            assertEquals(200.0, eval(w, "next('x', 'did-navigate').then((e) => e.httpResponseCode)"));
        } finally {
            server.stop(0);
        }
    }

    /** The guest's navigations reach the element: will-navigate (the page's own), did-navigate, in-page, failures. */
    @Test
    void navigationEventsAndSrcFollowTheGuest(TestWindows t) throws IOException {
        BrowserWindow w = openHost(t);
        assertEquals("ready", eval(w, "add('n', { src: 'guest.html' })"));
        Map<?, ?> first = (Map<?, ?>) eval(w, "next('n', 'did-navigate')");
        assertTrue(((String) first.get("url")).endsWith("/guest.html"), first.toString());
        assertEquals(200.0, first.get("httpResponseCode"));

        eval(w, "js('n', \"document.getElementById('next').click(), 1\")");
        Map<?, ?> will = (Map<?, ?>) eval(w, "next('n', 'will-navigate')");
        assertTrue(((String) will.get("url")).endsWith("/second.html"), will.toString());
        eval(w, "next('n', 'did-navigate', (e) => e.url.endsWith('/second.html'))");
        Awaits.until("src follows", 10, TimeUnit.SECONDS,
                () -> String.valueOf(eval(w, "n.getAttribute('src')")).endsWith("/second.html"));

        eval(w, "js('n', \"location.hash = 'part', 1\")");
        Map<?, ?> inPage = (Map<?, ?>) eval(w, "next('n', 'did-navigate-in-page')");
        assertTrue(((String) inPage.get("url")).endsWith("/second.html#part"), inPage.toString());
        assertEquals(true, inPage.get("isMainFrame"));

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        eval(w, "n.loadURL('http://127.0.0.1:" + closedPort + "/'), 1");
        Map<?, ?> failed = (Map<?, ?>) eval(w, "next('n', 'did-fail-load')");
        assertEquals(-102.0, failed.get("errorCode"), failed.toString());
        assertEquals("ERR_CONNECTION_REFUSED", failed.get("errorDescription"));
        assertEquals(true, failed.get("isMainFrame"));
        assertEquals(1.0, eval(w, "of('n', 'will-navigate').length"), "loadURL is not the page's own navigation");
    }

    /**
     * insertCSS styles the guest's document until removeInsertedCSS; focus() gives the guest the keyboard;
     * window.close() in the guest is the element's 'close' event, and the guest stays.
     */
    @Test
    void insertCssAndTheGuestsWindowClose(TestWindows t) throws InterruptedException {
        BrowserWindow w = openHost(t);
        assertEquals("ready", eval(w, "add('c', { src: 'guest.html' })"));
        String background = "js('c', 'getComputedStyle(document.body).backgroundColor')";
        Object key = eval(w, "c.insertCSS('body { background: rgb(0, 0, 255) !important }')");
        assertTrue(key instanceof String, String.valueOf(key));
        assertEquals("rgb(0, 0, 255)", eval(w, background));
        eval(w, "c.removeInsertedCSS('" + key + "')");
        assertEquals("rgb(0, 200, 0)", eval(w, background));

        // focus(): the keyboard goes to the guest page. Xvfb has no window manager, and windows of earlier tests may
        // hold the focus: the host window and then the guest are asked again until it holds, as a user would click again
        long[] asked = {0};
        Awaits.until("the guest has the focus", 15, TimeUnit.SECONDS, () -> {
            if (System.nanoTime() - asked[0] > 500_000_000L) {
                asked[0] = System.nanoTime();
                if (!w.isFocused()) {
                    w.focus();
                }
                eval(w, "c.focus(), 1");
            }
            return Boolean.TRUE.equals(eval(w, "js('c', 'document.hasFocus()')"));
        });
        // the keyboard in the guest is in the host's window: past the moment a window waits for its page to say it
        // took the X focus, the host window still counts as focused (no 'blur' for clicking into a <webview>)
        Thread.sleep(400);
        assertTrue(w.isFocused(), "the host window, whose guest has the keyboard, has the focus");
        assertEquals(w, BrowserWindow.getFocusedWindow());

        eval(w, "js('c', 'window.close(), 1')");
        assertTrue(eval(w, "next('c', 'close')") instanceof Map);
        assertEquals(2.0, eval(w, "js('c', '1 + 1')"), "the guest stays after window.close()");
        assertEquals(0.0, eval(w, "of('c', 'destroyed').length"));
    }

    /** The host's will-attach-webview may refuse a guest, change its parameters, or its preferences. */
    @Test
    void willAttachWebviewCanRefuseOrChangeTheGuest(TestWindows t) {
        BrowserWindow w = openHost(t);
        w.webContents().onWillAttachWebview(e -> {
            String src = e.params().get("src");
            if (src.endsWith("/second.html")) {
                e.preventDefault();
            } else if (src.endsWith("/asked.html")) {
                e.params().put("src", src.replace("/asked.html", "/guest.html"));
                e.webPreferences().contextIsolation(true);
            }
        });
        assertEquals("destroyed", eval(w, "add('r', { src: 'second.html' })"));
        assertEquals(0.0, eval(w, "of('r', 'dom-ready').length"));
        assertEquals("ready", eval(w, "add('g', { src: 'asked.html' })"));
        assertEquals("guest", eval(w, "g.getTitle()"));
        assertEquals("undefined", eval(w, "js('g', 'typeof ipcRenderer')"), "the listener made the guest isolated");
    }

    /**
     * Without allowpopups a guest's link to a new window opens nothing; with it, a window of the shell on that URL.
     * Real clicks (popups need a user's gesture).
     */
    @Test
    void allowpopupsLetsTheGuestOpenWindows(TestWindows t, TestFrames frames) {
        BrowserWindow w = openHost(t);
        assertEquals("ready", eval(w, "add('denied', { src: 'popper.html?to=popup.html' })"));
        assertEquals("ready", eval(w, "add('allowed', { src: 'popper.html?to=other-popup.html', allowpopups: '' })"));
        Component hostView = TestFrames.onEdtGet(() -> w.frame().getContentPane().getComponent(0));
        for (String id : List.of("denied", "allowed")) {
            List<?> r = (List<?>) eval(w, "(() => { const r = document.getElementById('" + id + "').getBoundingClientRect();"
                    + " return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]; })()");
            int x = ((Double) r.get(0)).intValue();
            int y = ((Double) r.get(1)).intValue();
            frames.awaitScreenColor(hostView, x, y, new Color(0, 0, 200)); // the guest shows
            frames.click(hostView, x, y);
        }
        Awaits.until("a window on the popup's URL", 20, TimeUnit.SECONDS, () -> BrowserWindow.getAllWindows().stream()
                .anyMatch(b -> b.webContents().getURL().endsWith("/other-popup.html")));
        // the click in the guest without allowpopups came first, through the same CEF thread and event queue
        assertFalse(BrowserWindow.getAllWindows().stream().anyMatch(b -> b.webContents().getURL().endsWith("/popup.html")),
                "the guest without allowpopups opened nothing");
    }

    /** sendToFrame reaches an iframe inside the guest, by the frameId its sendToHost came with; send only the main frame. */
    @Test
    void sendToFrameReachesAnIframeInsideTheGuest(TestWindows t) {
        BrowserWindow w = openHost(t);
        assertEquals("ready", eval(w, "add('f', { src: 'framed.html' })"));
        eval(w, "js('f', \"ipcRenderer.on('ping', (e, v) => ipcRenderer.sendToHost('pong', v, 'main')), 1\")");
        Map<?, ?> hello = (Map<?, ?>) eval(w, "next('f', 'ipc-message', (e) => e.channel === 'hello')");
        List<?> frameId = (List<?>) hello.get("frameId");
        assertEquals(2, frameId.size());
        assertEquals(true, eval(w, "f.sendToFrame(of('f', 'ipc-message').find((e) => e.channel === 'hello').frameId, 'ping', 1)"));
        Map<?, ?> pong = (Map<?, ?>) eval(w, "next('f', 'ipc-message', (e) => e.channel === 'pong')");
        assertEquals("inner", ((List<?>) pong.get("args")).get(1));
        assertEquals(frameId, pong.get("frameId"), "the frame that sent answered");
        eval(w, "f.send('ping', 2)");
        eval(w, "next('f', 'ipc-message', (e) => e.channel === 'pong' && e.args[1] === 'main')");
        assertEquals(List.of("inner", "main"), eval(w, "of('f', 'ipc-message').filter((e) => e.channel === 'pong')"
                + ".map((e) => e.args[1])"), "send reached the guest's main frame only");
    }
}
