package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** The bridge is there before the first page script, in every frame, after every navigation and reload. */
@ExtendWith(ShellExtension.class)
class PreloadTest {
    /** The page's very first script records whether the bridge already existed. */
    private static final String RECORD = "<script>window.bridgeAtFirstScript = typeof ipcRenderer === 'object'"
            + " && typeof ipcRenderer.invoke === 'function';</script>";

    @Test
    void bridgeExistsBeforeTheFirstPageScriptInMainFrameAndIframes(TestWindows t) {
        BrowserWindow w = t.page("<!doctype html><html><head>" + RECORD + "</head><body>"
                + "<iframe src='a.html'></iframe><iframe src='sub/b.html'></iframe></body></html>",
                Map.of("a.html", "<html><head>" + RECORD + "</head></html>",
                        "sub/b.html", RECORD + "<p>no head element</p>"));
        Awaits.until("iframes loaded", 10, TimeUnit.SECONDS,
                () -> eval(w, "frames.length === 2 && frames[0].document.readyState === 'complete'"
                        + " && frames[1].document.readyState === 'complete'").equals(true));
        assertEquals(true, eval(w, "bridgeAtFirstScript"));
        assertEquals(true, eval(w, "frames[0].bridgeAtFirstScript"));
        assertEquals(true, eval(w, "frames[1].bridgeAtFirstScript"));
    }

    @Test
    void bridgeIsBackAfterReloadAndNavigation(TestWindows t) throws Exception {
        BrowserWindow w = t.page("<html><head>" + RECORD + "</head></html>",
                Map.of("next.html", "<html><head>" + RECORD + "</head></html>"));
        eval(w, "window.marker = 1");
        CountDownLatch reloaded = new CountDownLatch(1);
        w.webContents().onDidFinishLoad(reloaded::countDown);
        w.webContents().reload();
        reloaded.await(10, TimeUnit.SECONDS);
        assertEquals(true, eval(w, "bridgeAtFirstScript && typeof window.marker === 'undefined'"));
        CountDownLatch navigated = new CountDownLatch(1);
        w.webContents().onDidFinishLoad(navigated::countDown);
        eval(w, "location.href = 'next.html', 1");
        navigated.await(10, TimeUnit.SECONDS);
        Awaits.until("next page", 10, TimeUnit.SECONDS, () -> w.webContents().getURL().endsWith("/next.html"));
        assertEquals(true, eval(w, "bridgeAtFirstScript"));
        t.shell().ipcMain().handle("after-nav", (e, a) -> "works");
        try {
            assertEquals("works", eval(w, "ipcRenderer.invoke('after-nav')"));
        } finally {
            t.shell().ipcMain().removeHandler("after-nav");
        }
    }

    @Test
    void appPreloadRunsAfterTheBridgeAndCanExposeAnApiWithContextBridge(TestWindows t) throws Exception {
        Path preload = Files.createTempFile("preload", ".js");
        Files.writeString(preload, """
                const { contextBridge, ipcRenderer } = require('electron');
                contextBridge.exposeInMainWorld('electronAPI', {
                  setTitle: (title) => ipcRenderer.send('set-title', title),
                  add: (a, b) => ipcRenderer.invoke('add', a, b),
                });
                """);
        BrowserWindowOptions options = BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().preload(preload).build()).build();
        String origin = t.serve(Map.of("index.html", "<html><head><script>"
                + "window.apiAtFirstScript = typeof window.electronAPI.add;</script></head></html>"));
        BrowserWindow w = t.openAndWait(origin + "/index.html", options);
        w.webContents().ipc().handle("add", (e, a) -> a.get(0, double.class) + a.get(1, double.class));
        java.util.concurrent.CompletableFuture<String> title = new java.util.concurrent.CompletableFuture<>();
        w.webContents().ipc().on("set-title", (e, a) -> title.complete((String) a.get(0)));
        assertEquals("function", eval(w, "apiAtFirstScript"));
        assertEquals(5.0, eval(w, "window.electronAPI.add(2, 3)"));
        eval(w, "window.electronAPI.setTitle('hello'), 1");
        assertEquals("hello", title.get(10, TimeUnit.SECONDS));
        assertEquals(true, eval(w, "(() => { try { window.electronAPI = 1 } catch (e) {} return typeof window.electronAPI === 'object' })()"));
    }

    /**
     * The bridge runs first whatever the document declares before it (a policy, a charset), and the document reads as
     * declared: in another charset than UTF-8, its bytes arrive untouched. It comes inline, with no request of its own,
     * except where a policy meta comes before the head, which would forbid an inline script.
     */
    @Test
    void bridgeRunsFirstWhateverTheDocumentDeclares(TestWindows t, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String nonced = RECORD.replace("<script>", "<script nonce=\"n0nce\">");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("utf8.html", "<!doctype html><html><head><meta charset=\"utf-8\"><title>caf\u00e9 \u2713</title>"
                + RECORD + "</head></html>");
        pages.put("policy.html", "<!doctype html><html><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"script-src 'self' 'nonce-n0nce'\"><head><title>caf\u00e9 \u2713</title>" + nonced + "</head></html>");
        pages.put("policy-in-head.html", "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"script-src 'self' 'nonce-n0nce'\"><title>caf\u00e9 \u2713</title>" + nonced + "</head></html>");
        pages.put("plain.html", "<title>caf\u00e9 \u2713</title>" + RECORD);
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Files.writeString(dir.resolve(p.getKey()), p.getValue(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("latin.html"), ("<!doctype html><html><head><meta charset=\"windows-1252\">"
                + "<title>caf\u00e9</title>" + RECORD + "</head></html>").getBytes("windows-1252"));
        String origin = t.serveFolder(dir);
        for (String page : new String[] {"utf8.html", "policy.html", "policy-in-head.html", "plain.html", "latin.html"}) {
            BrowserWindow w = t.openAndWait(origin + "/" + page, BrowserWindowOptions.defaults());
            assertEquals(true, eval(w, "bridgeAtFirstScript"), page);
            assertEquals(page.equals("policy.html"), eval(w, "document.scripts[0].src.includes('/__cefshell/preload/')"),
                    page + ": the preload is fetched (else inline)");
            assertEquals(page.equals("latin.html") ? "caf\u00e9" : "caf\u00e9 \u2713", eval(w, "document.title"), page);
        }
    }

    /** Whatever goes first, the page's own scripts keep their line numbers. */
    @Test
    void pageScriptsKeepTheirLineNumbers(TestWindows t) {
        BrowserWindow w = t.page("<!doctype html>\n<html><head>\n<script>console.log('line three');</script>\n"
                + "</head><body>\n<script>\n\nconsole.log('line seven');</script></body></html>\n");
        cefshell.testing.ConsoleRecorder console = t.console(w);
        assertEquals(3, console.awaitPrefix("line three").line());
        assertEquals(7, console.awaitPrefix("line seven").line());
    }
}
