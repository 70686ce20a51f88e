package cefshell.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.ConsoleMessage;
import cefshell.MessagePortMain;
import cefshell.Shell;
import cefshell.WebContents;

/**
 * The benchmark page driven through cefshell's public API only: a {@link BrowserWindow}, handlers on its
 * {@code webContents.ipc()}, {@code executeJavaScript} and {@code webContents.send}.
 */
final class CefshellSide implements Side {
    private final BrowserWindow window;
    private final WebContents wc;
    private final AtomicInteger nextSend = new AtomicInteger();
    private final AtomicBoolean sendsInOrder = new AtomicBoolean(true);
    private volatile CompletableFuture<long[]> pushDone;

    private final boolean isolated;

    /** Where the driver runs: the page's world, the preload's isolated world, or a page world hosting a webview. */
    enum Mode { PAGE, ISOLATED, WEBVIEW_HOST }

    /**
     * @param mode {@link Mode#ISOLATED} runs the driver in the preload's isolated world (context isolation), as an app
     *             with a preload would; {@link Mode#WEBVIEW_HOST} opens the page that can add a {@code <webview>}
     */
    CefshellSide(Shell shell, Path pages, int width, int height, Mode mode) {
        this.isolated = mode == Mode.ISOLATED;
        String origin = shell.serve("bench", pages);
        BrowserWindowOptions.Builder options = BrowserWindowOptions.builder().title("cefshell bench").size(width, height);
        if (isolated) {
            options.webPreferences(cefshell.WebPreferences.builder().preload(pages.resolve(BenchPages.ISOLATED_PRELOAD)).build());
        } else if (mode == Mode.WEBVIEW_HOST) {
            options.webPreferences(cefshell.WebPreferences.builder().webviewTag(true).build());
        }
        window = new BrowserWindow(shell, options.build());
        wc = window.webContents();
        wc.onConsoleMessage(CefshellSide::printErrors);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        var ipc = wc.ipc();
        ipc.on("bench:ready", (e, a) -> ready.complete(null));
        ipc.handle("bench:echo", (e, a) -> a.get(0));
        ipc.handle("bench:fresh", (e, a) -> FreshBuffer.copyMillis(a.get(0, int.class)));
        ipc.on("bench:sync", (e, a) -> e.setReturnValue(a.get(0)));
        ipc.on("bench:port", (e, a) -> {
            MessagePortMain port = e.ports().get(0);
            port.onMessage(m -> port.postMessage(m.data())).start();
        });
        ipc.on("bench:send", (e, a) -> {
            if (a.get(0, int.class) != nextSend.getAndIncrement()) {
                sendsInOrder.set(false);
            }
        });
        ipc.handle("bench:send-done", (e, a) -> Map.of("count", nextSend.getAndSet(0), "inOrder", sendsInOrder.getAndSet(true)));
        ipc.on("bench:push-done", (e, a) -> {
            long end = System.nanoTime();
            pushDone.complete(new long[] {end, a.get(0, int.class), Boolean.TRUE.equals(a.get(1)) ? 1 : 0});
        });
        window.loadURL(origin + "/" + switch (mode) {
            case PAGE -> BenchPages.CEFSHELL;
            case ISOLATED -> BenchPages.ISOLATED;
            case WEBVIEW_HOST -> BenchPages.WEBVIEW_HOST;
        });
        Waits.get(ready, 30, "the cefshell bench page to load");
    }

    @Override
    public String name() {
        return "cefshell";
    }

    @Override
    public JsonElement eval(String expression) {
        String script = "(async () => JSON.stringify((await (" + expression + ")) ?? null))()";
        if (isolated) {
            script = "benchIsolated.run(" + new com.google.gson.Gson().toJson(script) + ")";
        }
        Object json = Waits.get(wc.executeJavaScript(script), 120, "cefshell: " + expression);
        return JsonParser.parseString((String) json);
    }

    @Override
    public double push(int count, String payload) {
        eval("side.armPush(" + count + ")");
        pushDone = new CompletableFuture<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            wc.send("bench:push", i, payload);
        }
        long[] done = Waits.get(pushDone, 60, "cefshell: " + count + " pushed messages");
        Waits.check(done[1] == count && done[2] == 1, "cefshell push: " + done[1] + " of " + count
                + " arrived, in order: " + (done[2] == 1));
        return (done[0] - start) / 1e6;
    }

    @Override
    public void close() {
        window.close();
        Waits.until(window::isDestroyed, 10, TimeUnit.SECONDS);
    }

    private static void printErrors(ConsoleMessage m) {
        if (m.level() == ConsoleMessage.Level.ERROR || m.level() == ConsoleMessage.Level.WARNING) {
            System.err.println("[cefshell page] " + m);
        }
    }
}
