package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.Gson;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * The loopback WebSocket that carries a document's large and binary messages: values arrive intact both ways, the
 * page falls back to the app scheme when it cannot open one, and a connection without the document's ticket, or
 * with a wrong {@code Origin} or {@code Host}, is refused before anything reaches a handler.
 */
@ExtendWith(ShellExtension.class)
class IpcSocketTransportTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";
    private static final String HELPERS = """
            const bytes = (n, seed) => { const b = new Uint8Array(n); for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 255; return b; };
            const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
            const delta = async (f) => { const s0 = __cefshell.transport.stats(); const r = await f(); const s1 = __cefshell.transport.stats();
              return [r, s1.socket - s0.socket, s1.frame - s0.frame, s1.parts - s0.parts, s1.socketParts - s0.socketParts,
                s1.socketState]; };
            // a ticket as the bridge asks for one: [port, token]
            const ticket = () => new Promise((resolve, reject) => cefQuery({ persistent: false,
              request: '{"t":1,"d":"' + __cefshell.transport.stats().docId + '","n":"' + '0123456789abcdef'.repeat(2) + '"}',
              onSuccess: (r) => { const t = JSON.parse(r.slice(1)); resolve([t.port, t.token]); },
              onFailure: (c, m) => reject(new Error(m)) }));
            """;

    @Test
    void tenMebibyteBytesAndStringsEchoIntactOverTheSocket(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("echo", (e, a) -> a.get(0));
        assertEquals("[true,1,0,0,0,\"open\"]", eval(w, HELPERS + """
                delta(async () => { const b = bytes(10 << 20, 7); return same(await ipcRenderer.invoke('echo', b), b); })
                  .then(JSON.stringify)"""));
        assertEquals("[true,1,0,0,0,\"open\"]", eval(w, HELPERS + """
                delta(async () => { const s = 'ab\\u00e9\\u65e5\\ud83d\\ude00'.repeat(2 << 20);
                  return (await ipcRenderer.invoke('echo', s)) === s; }).then(JSON.stringify)"""));
    }

    @Test
    void aLargeReplyToASmallInvokeComesOverTheSocket(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("make", (e, a) -> {
            byte[] b = new byte[a.get(0, int.class)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (i * 31 + 5);
            }
            return b;
        });
        // the socket opens for the reply's blobs (the request itself is small and goes over cefQuery)
        assertEquals("[true,0,0,0,1,\"open\"]", eval(w, HELPERS + """
                delta(async () => same(await ipcRenderer.invoke('make', 3000001), bytes(3000001, 5))).then(JSON.stringify)"""));
    }

    @Test
    void errorsAndSendsTakeTheSocketAsInvokesDo(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        List<Integer> lengths = new java.util.concurrent.CopyOnWriteArrayList<>();
        w.webContents().ipc().on("take", (e, a) -> lengths.add(a.get(0, byte[].class).length));
        w.webContents().ipc().handle("fail", (e, a) -> {
            throw new IllegalStateException("boom " + a.get(0, byte[].class).length);
        });
        assertEquals("[\"Error invoking remote method 'fail': Error: boom 1000000\",2,0,0,0,\"open\"]", eval(w, HELPERS + """
                delta(async () => { ipcRenderer.send('take', bytes(1000000, 1));
                  try { await ipcRenderer.invoke('fail', bytes(1000000, 2)); return 'resolved'; }
                  catch (e) { return e.message; } }).then(JSON.stringify)"""));
        assertEquals(List.of(1000000), lengths);
    }

    @Test
    void underContextIsolationTheBridgesWorldOpensTheSocket(TestWindows t) throws IOException {
        java.nio.file.Path preload = java.nio.file.Files.createTempFile("preload", ".js");
        java.nio.file.Files.writeString(preload, """
                const { contextBridge, ipcRenderer } = require('electron/renderer');
                contextBridge.exposeInMainWorld('api', {
                  echo: (n) => ipcRenderer.invoke('echo', new Uint8Array(n).fill(7)).then((r) => r.length + ':' + r[n - 1]),
                  socket: () => { const s = __cefshell.transport.stats(); return s.socket + ':' + s.socketState; },
                });
                """);
        String origin = t.serve(Map.of("index.html", PAGE));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().preload(preload).build()).build());
        w.webContents().ipc().handle("echo", (e, a) -> a.get(0));
        assertEquals((1 << 20) + ":7", eval(w, "api.echo(1 << 20)"));
        assertEquals("1:open", eval(w, "api.socket()"), "the isolated world's Origin is the page's, so its ticket fits");
    }

    @Test
    void withoutASocketThePageFallsBackToTheAppScheme(TestWindows t) {
        System.setProperty("cefshell.ipcSocket", "off");
        try {
            BrowserWindow w = t.page(PAGE);
            w.webContents().ipc().handle("echo", (e, a) -> a.get(0));
            assertEquals("[true,0,1,0,0,\"failed\"]", eval(w, HELPERS + """
                    delta(async () => { const b = bytes(1 << 20, 9); return same(await ipcRenderer.invoke('echo', b), b); })
                      .then(JSON.stringify)"""));
            // and a large reply to a small invoke comes in parts from the app scheme
            w.webContents().ipc().handle("big", (e, a) -> new byte[3 << 20]);
            assertEquals("[true,0,0,1,0,\"failed\"]", eval(w, HELPERS + """
                    delta(async () => (await ipcRenderer.invoke('big')).length === 3 << 20).then(JSON.stringify)"""));
        } finally {
            System.clearProperty("cefshell.ipcSocket");
        }
    }

    @Test
    void connectionsWithoutTheDocumentsTicketOriginOrHostAreRefused(TestWindows t) throws IOException {
        BrowserWindow w = t.page(PAGE);
        AtomicInteger calls = new AtomicInteger();
        w.webContents().ipc().on("c", (e, a) -> calls.incrementAndGet());
        w.webContents().ipc().handle("c", (e, a) -> calls.incrementAndGet());
        String origin = (String) eval(w, "location.origin");

        List<?> first = (List<?>) new Gson().fromJson((String) eval(w, HELPERS + "ticket().then(JSON.stringify)"), List.class);
        int port = ((Number) first.get(0)).intValue();
        String token = (String) first.get(1);
        String host = "127.0.0.1:" + port;

        // a plain Java client without a ticket, and one with a made-up ticket
        assertEquals(403, handshake(port, "/", host, origin));
        assertEquals(403, handshake(port, "/?t=" + "0".repeat(32), host, origin));
        // the right ticket with the wrong Host (DNS rebinding) or the wrong Origin; each attempt uses the ticket up
        assertEquals(403, handshake(port, "/?t=" + token, "localhost:" + port, origin));
        assertEquals(403, handshake(port, "/?t=" + token, host, origin), "a ticket is used up by its first attempt");
        String second = ticket(w);
        assertEquals(403, handshake(port, "/?t=" + second, host, "app://elsewhere"));
        String third = ticket(w);
        assertEquals(403, handshake(port, "/?t=" + third, host, null));
        // the right ticket, Host and Origin: let in once, and only once
        String fourth = ticket(w);
        assertEquals(101, handshake(port, "/?t=" + fourth, host, origin));
        assertEquals(403, handshake(port, "/?t=" + fourth, host, origin));

        // the page's own socket still works, and nothing of the refused connections reached a handler
        assertEquals("[true,1,0,0,0,\"open\"]", eval(w, HELPERS + """
                delta(async () => (await ipcRenderer.invoke('c', bytes(300000, 1))) === 1).then(JSON.stringify)"""));
        assertEquals(1, calls.get());
    }

    @Test
    void aConnectionEndsWithItsDocument(TestWindows t) throws IOException {
        BrowserWindow w = t.page(PAGE, Map.of("other.html", PAGE));
        String origin = (String) eval(w, "location.origin");
        List<?> ticket = (List<?>) new Gson().fromJson((String) eval(w, HELPERS + "ticket().then(JSON.stringify)"), List.class);
        int port = ((Number) ticket.get(0)).intValue();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            assertEquals(101, upgrade(s, "/?t=" + ticket.get(1), "127.0.0.1:" + port, origin));
            InputStream in = s.getInputStream();
            assertEquals(0x81, in.read(), "the server's proof comes first, as a text frame");
            in.skipNBytes(1 + 65); // length, then 'h' and 64 hex digits
            // a new document in the frame: Java ends the old document's connection
            w.loadURL(origin + "/other.html");
            assertEquals(-1, in.read(), "the end of the stream");
        }
    }

    private static String ticket(BrowserWindow w) {
        List<?> t = (List<?>) new Gson().fromJson((String) eval(w, HELPERS + "ticket().then(JSON.stringify)"), List.class);
        return (String) t.get(1);
    }

    /** Sends a WebSocket upgrade as a browser would and returns the HTTP status of the answer (-1: none). */
    private static int handshake(int port, String target, String host, String origin) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            return upgrade(s, target, host, origin);
        }
    }

    /** Sends the upgrade on {@code s} and reads the answer's head; returns its status (-1: none). */
    private static int upgrade(Socket s, String target, String host, String origin) throws IOException {
        {
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            int c;
            while (!head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
                head.append((char) c);
            }
            String[] parts = head.toString().split(" ");
            return parts.length < 2 ? -1 : Integer.parseInt(parts[1]);
        }
    }
}
