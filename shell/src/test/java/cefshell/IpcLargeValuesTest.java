package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * Values take the path their size calls for (small binary data inline over cefQuery, large over the document's
 * socket, or without one as a binary frame POSTed to the app scheme with large replies fetched in parallel parts) and
 * arrive intact whichever it is.
 */
@ExtendWith(ShellExtension.class)
class IpcLargeValuesTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";
    private static final String HELPERS = """
            const bytes = (n, seed) => { const b = new Uint8Array(n); for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 255; return b; };
            const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
            const delta = async (f) => { const s0 = __cefshell.transport.stats(); const r = await f(); const s1 = __cefshell.transport.stats();
              return [r, s1.query - s0.query, s1.frame - s0.frame, s1.parts - s0.parts, s1.socket - s0.socket,
                s1.socketParts - s0.socketParts]; };
            """;

    @Test
    void smallBinaryArgumentsGoInlineOverCefQuery(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("len", (e, a) -> a.get(0, byte[].class).length);
        assertEquals("[65536,1,0,0,0,0]", eval(w, HELPERS + """
                delta(() => ipcRenderer.invoke('len', bytes(65536, 1))).then(JSON.stringify)"""));
    }

    @Test
    void largeBinaryArgumentsGoOverTheSocket(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("len", (e, a) -> a.get(0, byte[].class).length);
        assertEquals("[1048576,0,0,0,1,0]", eval(w, HELPERS + """
                delta(() => ipcRenderer.invoke('len', bytes(1 << 20, 1))).then(JSON.stringify)"""));
    }

    @Test
    void aLargeResultOfASmallInvokeIsFetchedOverTheSocketIntact(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("make", (e, a) -> {
            int n = a.get(0, int.class);
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) (i * 31 + 5);
            }
            return Map.of("bytes", b, "text", "é".repeat(n / 4), "n", n);
        });
        assertEquals("[true,1,0,0,0,1]", eval(w, HELPERS + """
                delta(() => ipcRenderer.invoke('make', 3000001).then((r) =>
                    same(r.bytes, bytes(3000001, 5)) && r.text === 'é'.repeat(750000) && r.n === 3000001)).then(JSON.stringify)"""));
    }

    @Test
    void aLargeBinaryFrameReplyIsFetchedInPartsAcrossBlobBoundaries(TestWindows t) {
        System.setProperty("cefshell.ipcSocket", "off"); // the app scheme's path, as without a socket
        BrowserWindow w;
        try {
            w = t.page(PAGE);
            largeEchoOfManyBlobs(w, "[true,0,1,1,0,0]");
        } finally {
            System.clearProperty("cefshell.ipcSocket");
        }
    }

    @Test
    void aLargeEchoOfManyBlobsComesBackOverTheSocket(TestWindows t) {
        largeEchoOfManyBlobs(t.page(PAGE), "[true,0,0,0,1,0]");
    }

    private static void largeEchoOfManyBlobs(BrowserWindow w, String expected) {
        w.webContents().ipc().handle("echo", (e, a) -> a.asList());
        assertEquals(expected, eval(w, HELPERS + """
                delta(async () => {
                  // an empty blob and one of exactly 1 MiB among blobs of odd sizes
                  const args = [bytes(2500003, 1), 'x'.repeat(700001), bytes(3, 2), new Float64Array([1.5, -2]), bytes(1300007, 3),
                      new Uint8Array(0), bytes(1 << 20, 4)];
                  const r = await ipcRenderer.invoke('echo', ...args);
                  return same(r[0], args[0]) && r[1] === args[1] && same(r[2], args[2]) && r[3][0] === 1.5 && r[3][1] === -2
                      && same(r[4], args[4]) && r[0].buffer !== r[4].buffer
                      && r[5] instanceof Uint8Array && r[5].length === 0 && same(r[6], args[6]);
                }).then(JSON.stringify)"""));
    }

    @Test
    void largeStringsRoundTripThroughEveryPath(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().handle("echo", (e, a) -> a.get(0));
        assertEquals(List.of(true, true, true), eval(w, """
                (async () => {
                  const out = [];
                  for (const n of [100000, 1 << 20, 5 << 20]) {
                    const s = 'ab\\u00e9\\u65e5\\ud83d\\ude00'.repeat(n / 5);
                    out.push((await ipcRenderer.invoke('echo', s)) === s);
                  }
                  return out;
                })()"""));
    }
}
