package cefshell.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two benchmark pages, written into a temporary folder: the driver plus each side's {@code window.side}.
 * <ul>
 * <li>{@code rt(p)} a round trip echoing {@code p} (string or Uint8Array), resolving to the echo;
 * <li>{@code sync(p)} the same, blocking (cefshell only);
 * <li>{@code fresh(n)} Java's time for one fresh array of {@code n} bytes filled with a payload (the floor's Java part);
 * <li>{@code portRt(p)} the same over a MessagePort echoed by Java (cefshell only);
 * <li>{@code send(i, p)} one message of a pipelined burst, {@code sendDone(n)} resolves to {@code {count, inOrder}}
 * once Java holds all {@code n};
 * <li>{@code armPush(n)} prepares the page to receive {@code n} pushed messages;
 * <li>{@code wvOpen()}, then {@code wvRt(p)}: a {@code <webview>} round trip (the webview host page only).
 * </ul>
 * The raw page speaks to {@link RawSide}'s handler with one control character in front of each request.
 */
final class BenchPages {
    static final String CEFSHELL = "cefshell.html";
    static final String RAW = "raw.html";
    /** Under context isolation: an empty page, and the driver with cefshell's side as the window's preload. */
    static final String ISOLATED = "isolated.html";
    static final String ISOLATED_PRELOAD = "isolated-preload.js";
    /** A page-world cefshell page with a {@code <webview>} (its window has webviewTag), and the guest it shows. */
    static final String WEBVIEW_HOST = "webview-host.html";
    static final String WEBVIEW_GUEST = "webview-guest.html";

    private static final String CEFSHELL_SIDE = """
            window.side = {
              rt: (p) => ipcRenderer.invoke('bench:echo', p),
              fresh: (n) => ipcRenderer.invoke('bench:fresh', n),
              sync: (p) => ipcRenderer.sendSync('bench:sync', p),
              // a page port whose other end Java holds and echoes on; one message in flight at a time
              portRt: (p) => new Promise((resolve) => { portWaiter = resolve; port.postMessage(p); }),
              send: (i, p) => ipcRenderer.send('bench:send', i, p),
              sendDone: (n) => ipcRenderer.invoke('bench:send-done', n),
              armPush(n) {
                const receive = bench.pushReceiver(n, (count, inOrder) => ipcRenderer.send('bench:push-done', count, inOrder));
                ipcRenderer.removeAllListeners('bench:push');
                ipcRenderer.on('bench:push', (event, i, p) => receive(i));
              },
            };
            let portWaiter = null;
            const { port1, port2: port } = new MessageChannel();
            port.onmessage = (e) => portWaiter(e.data);
            ipcRenderer.postMessage('bench:port', null, [port1]);
            ipcRenderer.send('bench:ready');
            """;

    // {@code wvOpen()} adds a <webview> and resolves once its guest is ready; then {@code wvRt(p)} is one round trip
    // host page -> wv.send -> the guest's ipcRenderer -> sendToHost -> the element's ipc-message, as Electron apps
    // talk to their guests.
    private static final String WEBVIEW_HOST_SIDE = """
            side.wvOpen = () => new Promise((resolve) => {
              const wv = document.createElement('webview');
              let waiter = null;
              // send() needs the element's dom-ready; the guest's listener needs its script: wait for both
              let pending = 2;
              const one = () => { if (--pending === 0) resolve('ready'); };
              wv.addEventListener('dom-ready', one, { once: true });
              wv.addEventListener('ipc-message', (e) => e.channel === 'bench:wv-ready' ? one() : waiter(e.args[0]));
              side.wvRt = (p) => new Promise((r) => { waiter = r; wv.send('bench:wv', p); });
              wv.setAttribute('src', 'webview-guest.html');
              wv.style.cssText = 'width:200px;height:100px';
              document.body.appendChild(wv);
            });
            """;
    private static final String WEBVIEW_GUEST_PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><title>guest</title></head><body><script>
            ipcRenderer.on('bench:wv', (e, p) => ipcRenderer.sendToHost('bench:wv', p));
            ipcRenderer.sendToHost('bench:wv-ready');
            </script></body></html>
            """;

    // \\u0001 control (r: eval result, x: eval error, p: push done, s: send totals, l: loaded, f: fresh buffer),
    // \\u0002 base64 bytes to echo, \\u0003 one pipelined send, \\u0004 text echoed from a thread of Java's own
    // (the floor of answering off CEF's thread); anything else is echoed as it is. A prompt whose message is \\u0005
    // is answered with its default text from a thread of Java's own (the floor of a blocking call).
    private static final String RAW_SIDE = """
            const query = (request) => new Promise((resolve, reject) => window.cefQuery({
              request, persistent: false, onSuccess: resolve, onFailure: (code, message) => reject(new Error(message)) }));
            const toBase64 = Uint8Array.prototype.toBase64 ? (b) => b.toBase64() : (b) => {
              let s = '';
              for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000));
              return btoa(s);
            };
            const fromBase64 = Uint8Array.fromBase64 ? (t) => Uint8Array.fromBase64(t) : (t) => {
              const s = atob(t);
              const b = new Uint8Array(s.length);
              for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
              return b;
            };
            let acked = 0;
            let ackWaiter = null;
            const ack = () => { if (++acked === ackWaiter?.n) ackWaiter.resolve(); };
            window.side = {
              rt: (p) => typeof p === 'string' ? query(p) : query('\\u0002' + toBase64(p)).then(fromBase64),
              rtOff: (p) => query('\\u0004' + p),
              syncOff: (p) => window.prompt('\\u0005', p),
              fresh: (n) => query('\\u0001f' + n).then(Number),
              send: (i, p) => window.cefQuery({ request: '\\u0003' + i + ':' + p, persistent: false, onSuccess: ack, onFailure: ack }),
              sendDone: (n) => new Promise((resolve) => {
                ackWaiter = { n, resolve };
                if (acked === n) resolve();
              }).then(() => { acked = 0; ackWaiter = null; return query('\\u0001s'); }).then(JSON.parse),
              armPush(n) {
                window.__push = bench.pushReceiver(n, (count, inOrder) => query('\\u0001p' + count + ',' + inOrder));
              },
            };
            window.__eval = (id, f) => Promise.resolve().then(f).then(
              (v) => query('\\u0001r' + id + ' ' + JSON.stringify(v ?? null)),
              (e) => query('\\u0001x' + id + ' ' + (e && e.stack || e)));
            query('\\u0001l');
            """;

    private BenchPages() {
    }

    /** Writes both pages into a new temporary folder and returns it. */
    static Path write() {
        try {
            Path dir = Files.createTempDirectory("cefshell-bench-");
            String driver = resource("bench.js");
            Files.writeString(dir.resolve(CEFSHELL), page(driver, CEFSHELL_SIDE), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(RAW), page(driver, RAW_SIDE), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(WEBVIEW_HOST), page(driver, CEFSHELL_SIDE + WEBVIEW_HOST_SIDE), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(WEBVIEW_GUEST), WEBVIEW_GUEST_PAGE, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(ISOLATED), "<!doctype html><html><head><meta charset=\"utf-8\"><title>bench</title>"
                    + "</head><body></body></html>\n", StandardCharsets.UTF_8);
            // the loops run in the preload's world, as an isolated app's preload would call ipcRenderer; the page
            // only starts them (the expression is evaluated there, where bench and side are)
            Files.writeString(dir.resolve(ISOLATED_PRELOAD), "const { ipcRenderer, contextBridge } = require('electron');\n"
                    + driver + "\n" + CEFSHELL_SIDE
                    + "contextBridge.exposeInMainWorld('benchIsolated', { run: (expression) => (0, eval)(expression) });\n",
                    StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String page(String driver, String side) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>bench</title></head><body>\n<script>\n"
                + driver + "\n</script>\n<script>\n" + side + "</script>\n</body></html>\n";
    }

    static String resource(String name) {
        try (InputStream in = BenchPages.class.getResourceAsStream("/cefshell/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource cefshell/bench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
