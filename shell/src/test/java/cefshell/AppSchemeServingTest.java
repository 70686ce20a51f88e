package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import cefshell.testing.ConsoleRecorder;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** A real page fetches from its own app:// origin and reports what it got. */
@ExtendWith(ShellExtension.class)
class AppSchemeServingTest {
    private static final String PROBE = """
            <!doctype html><html><head><title>probe</title></head><body><script>
            async function probe(paths) {
              const out = {};
              for (const p of paths) {
                try {
                  const r = await fetch(p);
                  out[p] = {status: r.status, type: r.headers.get('content-type'), body: await r.text()};
                } catch (e) { out[p] = {error: String(e)}; }
              }
              console.log('RESULT ' + JSON.stringify(out));
            }
            </script></body></html>""";

    record Reply(int status, String type, String body, String error) { }

    private static Map<String, Reply> probe(TestWindows t, String origin, String... paths) {
        BrowserWindow w = t.open(origin + "/probe.html");
        ConsoleRecorder console = t.console(w);
        StringBuilder call = new StringBuilder("probe([");
        for (String p : paths) {
            call.append(new Gson().toJson(p)).append(',');
        }
        call.append("])");
        cefshell.testing.Awaits.until("probe page loaded", 15, java.util.concurrent.TimeUnit.SECONDS,
                () -> "probe".equals(w.webContents().getTitle()));
        ((cefshell.internal.browser.WebContentsImpl) w.webContents()).host().browser()
                .executeJavaScript(call.toString(), "test", 1);
        String json = console.awaitPrefix("RESULT ").message().substring("RESULT ".length());
        return new Gson().fromJson(json, new TypeToken<LinkedHashMap<String, Reply>>() { }.getType());
    }

    @Test
    void servesEachFileTypeWithItsMimeType(TestWindows t) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("probe.html", PROBE);
        String[][] cases = {
                {"a.js", "text/javascript"}, {"a.mjs", "text/javascript"},
                {"a.css", "text/css"}, {"a.json", "application/json"},
                {"a.svg", "image/svg+xml"}, {"a.png", "image/png"}, {"a.jpeg", "image/jpeg"},
                {"a.jpg", "image/jpeg"}, {"a.gif", "image/gif"}, {"a.webp", "image/webp"},
                {"a.ico", "image/x-icon"}, {"a.wasm", "application/wasm"}, {"a.woff", "font/woff"},
                {"a.woff2", "font/woff2"}, {"a.txt", "text/plain"},
                {"a.js.map", "application/json"}, {"sub/page.html", "text/html"}};
        for (String[] c : cases) {
            files.put(c[0], "content of " + c[0]);
        }
        String origin = t.serve(files);
        String[] paths = new String[cases.length];
        for (int i = 0; i < cases.length; i++) {
            paths[i] = "/" + cases[i][0];
        }
        Map<String, Reply> replies = probe(t, origin, paths);
        for (String[] c : cases) {
            Reply r = replies.get("/" + c[0]);
            assertEquals(200, r.status(), c[0]);
            assertEquals(c[1], r.type(), c[0]);
            assertTrue(r.body().endsWith("content of " + c[0]), c[0] + ": " + r.body());
        }
    }

    @Test
    void missingFileIs404AndFolderServesItsIndex(TestWindows t) {
        String origin = t.serve(Map.of("probe.html", PROBE, "docs/index.html", "docs index"));
        Map<String, Reply> replies = probe(t, origin, "/nope.js", "/docs/", "/docs");
        assertEquals(404, replies.get("/nope.js").status());
        assertTrue(replies.get("/docs/").body().endsWith("docs index"), replies.get("/docs/").body());
        assertTrue(replies.get("/docs").body().endsWith("docs index"), replies.get("/docs").body());
    }

    @Test
    void noRequestLeavesTheAppFolder(TestWindows t) throws Exception {
        Path base = Files.createTempDirectory("cefshell-traversal-");
        Path app = Files.createDirectories(base.resolve("app"));
        Files.writeString(base.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(app.resolve("probe.html"), PROBE);
        Files.createSymbolicLink(app.resolve("link.txt"), base.resolve("secret.txt"));
        Files.createSymbolicLink(app.resolve("linkdir"), base);
        String origin = t.serveFolder(app);
        String[] attempts = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
                "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/link.txt", "/linkdir/secret.txt",
                "/.%2e/secret.txt", "/sub/..%2f..%2fsecret.txt", "/%00secret.txt"};
        Map<String, Reply> replies = probe(t, origin, attempts);
        for (String a : attempts) {
            Reply r = replies.get(a);
            assertFalse(r.body() != null && r.body().contains("TOP SECRET"), a + " leaked the secret: " + r);
            assertTrue(r.status() == 403 || r.status() == 404, a + " answered " + r);
        }
        assertEquals(403, replies.get("/..%2fsecret.txt").status());
        assertEquals(403, replies.get("/link.txt").status());
        assertEquals(403, replies.get("/linkdir/secret.txt").status());
    }

    @Test
    void htmlWithoutACharsetIsDecodedAsUtf8(TestWindows t) {
        String origin = t.serve(Map.of("index.html",
                "<html><head><title>h\u00e9llo \u2713 \u65e5\u672c</title></head><body></body></html>"));
        BrowserWindow w = t.open(origin + "/index.html");
        cefshell.testing.Awaits.until("title set", 15, java.util.concurrent.TimeUnit.SECONDS,
                () -> w.webContents().getTitle().startsWith("h"));
        assertEquals("h\u00e9llo \u2713 \u65e5\u672c", w.webContents().getTitle());
    }

    /** A file larger than CEF's 64 KiB reads arrives whole and in order (FileResponse streams it in several reads). */
    @Test
    void aLargeFileArrivesWholeAndInOrder(TestWindows t) throws Exception {
        StringBuilder big = new StringBuilder();
        for (int line = 0; big.length() < (3 << 20) + 123; line++) {
            big.append(line).append(' ').append(Integer.toHexString(line * 31)).append('\n');
        }
        String text = big.toString();
        long hash = 0;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash * 31 + text.charAt(i)) % 2147483647L;
        }
        String origin = t.serve(Map.of("big.txt", text, "index.html", """
                <!doctype html><html><head><title>big</title></head><body><script>
                fetch('/big.txt').then((r) => r.text()).then((s) => {
                  let h = 0;
                  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 2147483647;
                  console.log('BIG ' + s.length + ' ' + h);
                });
                </script></body></html>"""));
        BrowserWindow w = t.open(origin + "/index.html");
        String got = t.console(w).awaitPrefix("BIG ").message();
        assertEquals("BIG " + text.length() + " " + hash, got);
    }
}
