package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.swing.JLayeredPane;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestFrames;
import cefshell.testing.TestWindows;

/**
 * {@code <webview>}: a guest page of its own inside a host page whose window has {@code webviewTag}; the guest's
 * {@code sendToHost} becomes the element's {@code ipc-message}, the element's {@code send} reaches the guest's
 * {@code ipcRenderer}, and the guest is laid over the element's rectangle.
 */
@ExtendWith({ShellExtension.class, GuestsClosedWithTheirHosts.class})
class WebviewTagTest {
    private static final String EVENTS = "['did-start-loading','did-stop-loading','dom-ready','did-finish-load',"
            + "'ipc-message','console-message','destroyed']";

    /** A host page recording every event of its one webview into window.events. */
    private static String host(String webviewAttributes) {
        return """
                <!doctype html><html><head><style>body{margin:0}</style></head><body>
                <webview id="wv" %s style="position:absolute;left:50px;top:40px;width:300px;height:200px"></webview>
                <script>
                window.events = [];
                const wv = document.getElementById('wv');
                for (const n of %s) wv.addEventListener(n, (e) => events.push({ type: n, channel: e.channel,
                    args: e.args, frameId: e.frameId, message: e.message, bubbles: e.bubbles, plain: e.constructor === Event }));
                window.of = (type) => events.filter((e) => e.type === type);
                </script></body></html>""".formatted(webviewAttributes, EVENTS);
    }

    private static final String GUEST = """
            <!doctype html><html><head><title>guest</title><script>
            ipcRenderer.on('pong', (e, v) => ipcRenderer.sendToHost('got-pong', v));
            ipcRenderer.on('echo', (e, ...args) => ipcRenderer.sendToHost('echoed', ...args));
            addEventListener('load', () => { console.log('guest loaded'); ipcRenderer.sendToHost('ping', 1); });
            </script></head><body style="background:rgb(0,200,0)">guest</body></html>""";

    private static BrowserWindow openHost(TestWindows t, Map<String, String> files, boolean webviewTag) {
        String origin = t.serve(files);
        return t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480)
                .webPreferences(WebPreferences.builder().webviewTag(webviewTag).build()).build());
    }

    /**
     * Waits for an event of the host's webview in one evaluation (a promise), not by polling: under context
     * isolation each evaluation is a DevTools call, slower than the bridge's.
     */
    private static void awaitEvent(BrowserWindow w, String type, String channel) {
        String has = "of('" + type + "').some((e) => " + (channel == null ? "true" : "e.channel === '" + channel + "'") + ")";
        assertEquals(true, eval(w, "new Promise((resolve) => { const has = () => " + has + ";"
                + " if (has()) return resolve(true);"
                + " const l = () => { if (has()) { wv.removeEventListener('" + type + "', l); resolve(true); } };"
                + " wv.addEventListener('" + type + "', l); setTimeout(() => resolve(has()), 15000); })"),
                type + " " + channel);
    }

    @Test
    void sendToHostFiresIpcMessageAndSendReachesTheGuest(TestWindows t) {
        List<String> heardByMain = new CopyOnWriteArrayList<>();
        IpcListener main = (e, a) -> heardByMain.add("ipcMain");
        t.shell().ipcMain().on("ping", main);
        try {
            long start = System.nanoTime();
            BrowserWindow w = openHost(t, Map.of("index.html", host("src=\"guest.html\""), "guest.html", GUEST), true);
            w.webContents().ipc().on("ping", (e, a) -> heardByMain.add("webContents.ipc"));
            w.webContents().onIpcMessage((e, ch, a) -> heardByMain.add("ipc-message " + ch));
            awaitEvent(w, "ipc-message", "ping");
            System.out.printf("webview: host load to the guest's first ipc-message: %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            Map<?, ?> ping = (Map<?, ?>) eval(w, "of('ipc-message')[0]");
            assertEquals("ping", ping.get("channel"));
            assertEquals(List.of(1.0), ping.get("args"));
            assertEquals(2, ((List<?>) ping.get("frameId")).size(), "frameId is [processId, frameId]");
            assertEquals(false, ping.get("bubbles"));
            assertEquals(true, ping.get("plain"));

            eval(w, "wv.send('pong', 2)");
            awaitEvent(w, "ipc-message", "got-pong");
            assertEquals(List.of(2.0), eval(w, "of('ipc-message').find((e) => e.channel === 'got-pong').args"));

            // Electron's webview-spec: sendToFrame to the frame that sent, with the frameId it sent
            eval(w, "wv.sendToFrame(of('ipc-message')[0].frameId, 'pong', 'boom!')");
            Awaits.until("pong via sendToFrame", 20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                    eval(w, "of('ipc-message').some((e) => e.channel === 'got-pong' && e.args[0] === 'boom!')")));
            assertEquals(false, eval(w, "wv.sendToFrame([1, 'no-such-frame'], 'pong', 3)"));

            // the structured-clone codec both ways: Map, Set, Date, Uint8Array, nested
            eval(w, "wv.send('echo', new Map([['k', new Set([1, 2])]]), new Date(5), new Uint8Array([7, 8]), "
                    + "{ nested: [null, undefined, 'x'] })");
            awaitEvent(w, "ipc-message", "echoed");
            assertEquals(true, eval(w, """
                    (() => { const a = of('ipc-message').find((e) => e.channel === 'echoed').args;
                      return a[0] instanceof Map && a[0].get('k') instanceof Set && a[0].get('k').has(2)
                        && a[1] instanceof Date && a[1].getTime() === 5 && a[2] instanceof Uint8Array && a[2][1] === 8
                        && a[3].nested.length === 3 && a[3].nested[1] === undefined && a[3].nested[2] === 'x'; })()"""));

            assertEquals(List.of(), heardByMain, "sendToHost never reaches ipcMain or the host's webContents");

            // a figure for the record: host send -> guest -> sendToHost -> host ipc-message, one at a time
            Object perRoundTrip = eval(w, "new Promise((resolve) => { const n = 50; let i = 0; const t0 = performance.now();"
                    + " wv.addEventListener('ipc-message', (e) => { if (e.channel !== 'got-pong' || e.args[0] !== 'rt') return;"
                    + " if (++i === n) resolve((performance.now() - t0) / n); else wv.send('pong', 'rt'); });"
                    + " wv.send('pong', 'rt'); })");
            System.out.printf("webview: send -> guest -> sendToHost -> ipc-message round trip: %.2f ms%n",
                    ((Number) perRoundTrip).doubleValue());
        } finally {
            t.shell().ipcMain().off("ping", main);
        }
    }

    @Test
    void theGuestIsASeparateWebContentsAndItsLoadEventsFire(TestWindows t) {
        BrowserWindow w = openHost(t, Map.of("index.html", host("src=\"guest.html\""), "guest.html", GUEST), true);
        awaitEvent(w, "did-finish-load", null);
        awaitEvent(w, "did-stop-loading", null);
        List<?> order = (List<?>) eval(w, "events.map((e) => e.type).filter((n) => n !== 'ipc-message')");
        assertTrue(order.indexOf("did-start-loading") >= 0 && order.indexOf("did-start-loading") < order.indexOf("dom-ready")
                && order.indexOf("dom-ready") < order.indexOf("did-finish-load"), "load events in order: " + order);
        assertTrue(order.contains("console-message"), "the guest's console reaches the element: " + order);
        assertEquals("guest loaded", eval(w, "of('console-message')[0].message"));

        int guestId = ((Double) eval(w, "wv.getWebContentsId()")).intValue();
        assertNotEquals(w.webContents().id(), guestId);
        WebContents guest = t.shell().core().guests().guest(guestId);
        assertNotNull(guest);
        assertTrue(guest.getURL().endsWith("/guest.html"));
        assertEquals(guest.getURL(), eval(w, "wv.getURL()"));
        assertEquals("guest", eval(w, "wv.getTitle()"));
        assertEquals(true, guest.executeJavaScript("window.top === window").orTimeout(20, TimeUnit.SECONDS).join());

        CompletableFuture<Integer> sender = new CompletableFuture<>();
        t.shell().ipcMain().once("who", (e, a) -> sender.complete(e.sender().id()));
        assertEquals(2.0, eval(w, "wv.executeJavaScript('ipcRenderer.send(\"who\"), 1 + 1')"));
        assertEquals(guestId, sender.orTimeout(20, TimeUnit.SECONDS).join(), "the guest's own ipcRenderer reaches ipcMain");

        // removing the element destroys the guest
        eval(w, "wv.remove(), 1");
        Awaits.until("guest destroyed", 20, TimeUnit.SECONDS, guest::isDestroyed);
    }

    /**
     * Electron's webview-spec case, with preloads on both sides (so both pages are context-isolated): the host
     * page's element lives in its main world and reaches the bridge through the world link; the guest's preload
     * comes from the preload attribute.
     */
    @Test
    void sendReachesTheGuestPreloadWhichAnswersWithSendToHostUnderContextIsolation(TestWindows t) throws Exception {
        Path dir = Files.createTempDirectory("cefshell-webview-test-");
        Path guestPreload = Files.writeString(dir.resolve("guest-preload.js"), """
                const { ipcRenderer } = require('electron');
                ipcRenderer.on('ping', (event, message) => ipcRenderer.sendToHost('pong', message));
                """);
        Path hostPreload = Files.writeString(dir.resolve("host-preload.js"), "void 0;\n");
        String origin = t.serve(Map.of("index.html", host("src=\"plain.html\" preload=\"" + guestPreload.toUri() + "\""),
                "plain.html", "<!doctype html><title>plain</title><p>plain</p>"));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480)
                .webPreferences(WebPreferences.builder().preload(hostPreload).webviewTag(true).build()).build());
        assertEquals("undefined", eval(w, "typeof ipcRenderer"), "the host page is context-isolated");
        awaitEvent(w, "dom-ready", null);
        eval(w, "wv.send('ping', 'boom!')");
        awaitEvent(w, "ipc-message", "pong");
        assertEquals(List.of("boom!"), eval(w, "of('ipc-message')[0].args"));
        assertEquals(2, ((List<?>) eval(w, "of('ipc-message')[0].frameId")).size());
        assertEquals("plain", eval(w, "wv.getTitle()"));
    }

    /** A real screenshot of the display: the guest's pixels inside the element's rectangle, the host's around it. */
    @Test
    void aScreenshotShowsTheGuestAtTheElementsRectangle(TestWindows t, TestFrames frames) {
        String hostPage = host("src=\"guest.html\"").replace("body{margin:0}", "body{margin:0;background:rgb(255,0,0)}");
        BrowserWindow w = openHost(t, Map.of("index.html", hostPage, "guest.html", GUEST), true);
        awaitEvent(w, "did-finish-load", null);
        Component hostView = TestFrames.onEdtGet(() -> w.frame().getContentPane().getComponent(0));
        frames.awaitScreenColor(hostView, 200, 140, new java.awt.Color(0, 200, 0));   // inside (50,40 300x200)
        frames.awaitScreenColor(hostView, 20, 20, new java.awt.Color(255, 0, 0));     // outside
        frames.awaitScreenColor(hostView, 360, 140, new java.awt.Color(255, 0, 0));   // right of it
        eval(w, "wv.style.left = '300px', 1");                                          // moved: follows
        frames.awaitScreenColor(hostView, 360, 140, new java.awt.Color(0, 200, 0));
        frames.awaitScreenColor(hostView, 200, 140, new java.awt.Color(255, 0, 0));
    }

    /** The guest's renderer dies: the element hears render-process-gone, and reload() brings the guest back. */
    @Test
    void renderProcessGoneThenReloadWorks(TestWindows t) {
        String guestOrigin = t.serve(Map.of("guest.html", GUEST)); // another site: a renderer of its own
        BrowserWindow w = openHost(t, Map.of("index.html", host("src=\"" + guestOrigin + "/guest.html\"")), true);
        awaitEvent(w, "did-finish-load", null);
        WebContents guest = t.shell().core().guests().guest(((Double) eval(w, "wv.getWebContentsId()")).intValue());
        eval(w, "wv.addEventListener('render-process-gone', (e) => events.push({ type: 'gone', reason: e.details.reason })), 1");
        guest.forcefullyCrashRenderer();
        Awaits.until("render-process-gone", 20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(eval(w, "of('gone').length === 1")));
        assertEquals("crashed", eval(w, "of('gone')[0].reason"));
        eval(w, "wv.reload(), 1");
        Awaits.until("reloaded", 20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(eval(w, "of('did-finish-load').length === 2")));
        assertFalse(guest.isCrashed());
    }

    /** Setting src navigates the guest; the host navigating away destroys it. */
    @Test
    void srcNavigatesTheGuestAndTheHostsNavigationDestroysIt(TestWindows t) {
        BrowserWindow w = openHost(t, Map.of("index.html", host("src=\"guest.html\""), "guest.html", GUEST,
                "other.html", "<!doctype html><title>other</title>"), true);
        awaitEvent(w, "did-finish-load", null);
        WebContents guest = t.shell().core().guests().guest(((Double) eval(w, "wv.getWebContentsId()")).intValue());
        eval(w, "wv.src = 'other.html', 1");
        Awaits.until("navigated", 20, TimeUnit.SECONDS, () -> guest.getURL().endsWith("/other.html"));
        Awaits.until("title", 20, TimeUnit.SECONDS, () -> "other".equals(eval(w, "wv.getTitle()")));
        w.loadURL(guest.getURL()); // the host page goes elsewhere
        Awaits.until("guest destroyed with its host's document", 20, TimeUnit.SECONDS, guest::isDestroyed);
    }

    /** Java hears did-attach-webview with the guest, which knows its host; a src set later creates the guest. */
    @Test
    void theHostHearsDidAttachWebviewAndTheGuestKnowsItsHost(TestWindows t) {
        BrowserWindow w = openHost(t, Map.of("index.html", host(""), "guest.html", GUEST), true);
        CompletableFuture<WebContents> attached = new CompletableFuture<>();
        w.webContents().onDidAttachWebview(attached::complete);
        eval(w, "wv.src = 'guest.html', 1");
        WebContents guest = attached.orTimeout(20, TimeUnit.SECONDS).join();
        assertEquals(w.webContents().id(), guest.hostWebContents().id());
        assertEquals(null, w.webContents().hostWebContents());
        awaitEvent(w, "dom-ready", null);
        assertEquals(guest.id(), ((Double) eval(w, "wv.getWebContentsId()")).intValue());
        // a page that is not a guest: its sendToHost goes nowhere (a warning on stderr), never to ipcMain
        List<String> heard = new CopyOnWriteArrayList<>();
        IpcListener l = (e, a) -> heard.add("ipcMain");
        t.shell().ipcMain().on("stray", l);
        try {
            eval(w, "ipcRenderer.sendToHost('stray', 1), ipcRenderer.invoke('no-such-handler').catch(() => 0)");
            assertEquals(List.of(), heard);
        } finally {
            t.shell().ipcMain().off("stray", l);
        }
    }

    @Test
    void withoutWebviewTagThereIsNoElementAndNoGuest(TestWindows t) {
        BrowserWindow w = openHost(t, Map.of("index.html", host("src=\"guest.html\""), "guest.html", GUEST), false);
        assertEquals("undefined|undefined|false", eval(w,
                "typeof customElements.get('webview') + '|' + typeof window.WebView + '|' + ('getURL' in wv)"));
        // the bridge's transport is reachable from a page without isolation: Java still refuses the guest
        Object refused = eval(w, "__cefshell.transport.invoke('create', __cefshell.transport.encodeArgs([1, "
                + "{ src: location.href }]), 9).then(() => 'created', (e) => e.message)");
        assertEquals("Error: <webview> is disabled: the page's webPreferences have no webviewTag", refused);
    }

    @Test
    void methodsThrowElectronsErrorBeforeTheGuestIsAttached(TestWindows t) {
        BrowserWindow w = openHost(t, Map.of("index.html", host(""), "guest.html", GUEST), true);
        assertEquals("The WebView must be attached to the DOM and the dom-ready event emitted before this method "
                + "can be called.", eval(w, "(() => { try { wv.getURL(); } catch (e) { return e.message; } })()"));
    }

    /** The guest's component follows the element: moved, resized, hidden and shown again, without a reload. */
    @Test
    void theGuestFollowsTheElementsRectangle(TestWindows t) {
        BrowserWindow w = openHost(t, Map.of("index.html", host("src=\"guest.html\""), "guest.html", GUEST), true);
        awaitEvent(w, "did-finish-load", null);
        int guestId = ((Double) eval(w, "wv.getWebContentsId()")).intValue();
        Component view = guestView(w);
        assertNotNull(view, "the guest's component is in the host window's layered pane");
        awaitBounds(w, view, new Rectangle(50, 40, 300, 200), true);

        eval(w, "wv.style.left = '120px'; wv.style.width = '200px', 1");
        awaitBounds(w, view, new Rectangle(120, 40, 200, 200), true);
        long scrolled = System.nanoTime();
        eval(w, "document.body.style.height = '3000px'; scrollTo(0, 30), 1");            // the page scrolls
        awaitBounds(w, view, new Rectangle(120, 10, 200, 200), true);
        System.out.printf("webview: the guest followed a scroll within %d ms%n", (System.nanoTime() - scrolled) / 1_000_000);
        eval(w, "scrollTo(0, 0), 1");
        awaitBounds(w, view, new Rectangle(120, 40, 200, 200), true);
        eval(w, "wv.style.display = 'none', 1");
        awaitBounds(w, view, null, false);
        eval(w, "wv.style.display = '', 1");
        awaitBounds(w, view, new Rectangle(120, 40, 200, 200), true);
        // moving the element in the DOM keeps the guest (Electron reloads it)
        eval(w, "document.body.appendChild(wv), 1");
        assertFalse(t.shell().core().guests().guest(guestId).isDestroyed());
        assertEquals(1.0, eval(w, "of('did-finish-load').length"), "shown again and moved without a reload");
        assertEquals(guestId, ((Double) eval(w, "wv.getWebContentsId()")).intValue());
    }

    private static Component guestView(BrowserWindow w) {
        return TestFrames.onEdtGet(() -> {
            for (Component c : w.frame().getLayeredPane().getComponentsInLayer(JLayeredPane.PALETTE_LAYER)) {
                if (c instanceof BrowserPanel) {
                    return c;
                }
            }
            return null;
        });
    }

    /** The rectangle in the host page's viewport, as the guest's component sits over it. */
    private static void awaitBounds(BrowserWindow w, Component view, Rectangle expected, boolean visible) {
        Awaits.until("guest at " + expected + " visible=" + visible, 20, TimeUnit.SECONDS, () -> TestFrames.onEdtGet(() -> {
            if (view.isVisible() != visible) {
                return false;
            }
            if (expected == null) {
                return true;
            }
            Component hostView = ((BrowserPanel) w.frame().getContentPane().getComponent(0)).host().uiComponent();
            Point origin = SwingUtilities.convertPoint(hostView, 0, 0, view.getParent());
            Rectangle b = view.getBounds();
            return b.equals(new Rectangle(origin.x + expected.x, origin.y + expected.y, expected.width, expected.height));
        }));
    }
}
