package cefshell.bench;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import org.cef.CefApp;
import org.cef.CefClient;
import org.cef.CefSettings;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.browser.CefMessageRouter;
import org.cef.callback.CefQueryCallback;
import org.cef.callback.CefJSDialogCallback;
import org.cef.handler.CefDisplayHandlerAdapter;
import org.cef.handler.CefJSDialogHandler;
import org.cef.handler.CefJSDialogHandlerAdapter;
import org.cef.handler.CefLifeSpanHandlerAdapter;
import org.cef.handler.CefMessageRouterHandlerAdapter;
import org.cef.misc.BoolRef;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The baseline: the same page driven through JCEF alone, as an application without cefshell would do it. A bare
 * {@link CefClient} with one {@link CefMessageRouter} whose handler answers every {@code cefQuery} inline on the CEF
 * UI thread (echo, base64 echo, counting pipelined sends), a windowed browser in a {@link JFrame} on a
 * {@code file://} page, and {@code executeJavaScript} for pushes. It runs in a process of its own ({@link RawProcess}).
 */
final class RawSide implements Side {
    /** Answers the {@code rtOff} floor case: a plain thread, parked while idle, as any design off CEF's threads has. */
    private static final java.util.concurrent.ExecutorService OFF_THREAD = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "raw-off-thread");
        t.setDaemon(true);
        return t;
    });
    private final CefClient client;
    private final CefBrowser browser;
    private final JFrame frame;
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<String>> evals = new ConcurrentHashMap<>();
    private final AtomicLong nextEval = new AtomicLong();
    private volatile CompletableFuture<long[]> pushDone;
    // pipelined sends, touched only on the CEF UI thread
    private int nextSend;
    private boolean sendsInOrder = true;

    RawSide(Path pages, int width, int height) {
        client = CefApp.getInstance().createClient();
        CefMessageRouter router = CefMessageRouter.create();
        router.addHandler(new Handler(), true);
        client.addMessageRouter(router);
        client.addDisplayHandler(new CefDisplayHandlerAdapter() {
            @Override
            public boolean onConsoleMessage(CefBrowser b, CefSettings.LogSeverity level, String message, String source,
                                            int line) {
                if (level == CefSettings.LogSeverity.LOGSEVERITY_ERROR || level == CefSettings.LogSeverity.LOGSEVERITY_WARNING) {
                    System.err.println("[raw page] " + message + " (" + source + ":" + line + ")");
                }
                return true;
            }
        });
        client.addJSDialogHandler(new PromptEcho());
        client.addLifeSpanHandler(new CefLifeSpanHandlerAdapter() {
            @Override
            public void onBeforeClose(CefBrowser b) {
                closed.complete(null);
            }
        });
        browser = client.createBrowser(pages.resolve(BenchPages.RAW).toUri().toString(), false, false);
        JFrame[] f = new JFrame[1];
        onEdt(() -> {
            f[0] = new JFrame("raw JCEF bench");
            f[0].setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            f[0].getContentPane().add(browser.getUIComponent());
            f[0].setSize(width, height);
            f[0].setVisible(true);
        });
        frame = f[0];
        Waits.get(loaded, 30, "the raw bench page to load");
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public JsonElement eval(String expression) {
        long id = nextEval.incrementAndGet();
        CompletableFuture<String> result = new CompletableFuture<>();
        evals.put(id, result);
        browser.getMainFrame().executeJavaScript("__eval(" + id + ", () => (" + expression + "))", "bench://raw", 1);
        try {
            return JsonParser.parseString(Waits.get(result, 120, "raw: " + expression));
        } finally {
            evals.remove(id);
        }
    }

    @Override
    public double push(int count, String payload) {
        eval("side.armPush(" + count + ")");
        pushDone = new CompletableFuture<>();
        String quoted = new Gson().toJson(payload);
        CefFrame main = browser.getMainFrame();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            main.executeJavaScript("__push(" + i + "," + quoted + ")", "bench://push", 1);
        }
        long[] done = Waits.get(pushDone, 60, "raw: " + count + " pushed messages");
        Waits.check(done[1] == count && done[2] == 1, "raw push: " + done[1] + " of " + count
                + " arrived, in order: " + (done[2] == 1));
        return (done[0] - start) / 1e6;
    }

    @Override
    public void close() {
        browser.setCloseAllowed();
        browser.close(true);
        Waits.get(closed, 10, "the raw browser to close");
        client.dispose();
        onEdt(frame::dispose);
    }

    private static void onEdt(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (Exception e) {
            throw new BenchFailure("Swing failed: " + e, e);
        }
    }

    /**
     * The floor of a synchronous call: {@code window.prompt(SYNC_MARK, p)} answered with {@code p} from a plain Java
     * thread. A page's only other blocking path, a synchronous XHR to a scheme handler, is slower; so no
     * {@code sendSync} that keeps user code off CEF's threads can be quicker than this.
     */
    private static final class PromptEcho extends CefJSDialogHandlerAdapter {
        @Override
        public boolean onJSDialog(CefBrowser b, String origin, CefJSDialogHandler.JSDialogType type, String message,
                                  String defaultText, CefJSDialogCallback callback, BoolRef suppress) {
            if (type != CefJSDialogHandler.JSDialogType.JSDIALOGTYPE_PROMPT || !"\u0005".equals(message)) {
                return false;
            }
            OFF_THREAD.execute(() -> callback.Continue(true, defaultText));
            return true;
        }
    }

    /** Answers every query at once, on the CEF UI thread: the cheapest thing JCEF allows. */
    private final class Handler extends CefMessageRouterHandlerAdapter {
        @Override
        public boolean onQuery(CefBrowser b, CefFrame f, long queryId, String request, boolean persistent,
                               CefQueryCallback callback) {
            char kind = request.isEmpty() ? 0 : request.charAt(0);
            switch (kind) {
                case '\u0001' -> control(request, callback);
                case '\u0002' -> {
                    byte[] bytes = Base64.getDecoder().decode(request.substring(1));
                    callback.success(Base64.getEncoder().encodeToString(bytes));
                }
                case '\u0004' -> OFF_THREAD.execute(() -> callback.success(request.substring(1)));
                case '\u0003' -> {
                    int i = Integer.parseInt(request, 1, request.indexOf(':'), 10);
                    sendsInOrder &= i == nextSend++;
                    callback.success("");
                }
                default -> callback.success(request);
            }
            return true;
        }

        private void control(String request, CefQueryCallback callback) {
            char what = request.charAt(1);
            switch (what) {
                case 'l' -> loaded.complete(null);
                case 'r', 'x' -> {
                    int space = request.indexOf(' ');
                    CompletableFuture<String> f = evals.get(Long.parseLong(request.substring(2, space)));
                    if (f != null) {
                        if (what == 'r') {
                            f.complete(request.substring(space + 1));
                        } else {
                            f.completeExceptionally(new BenchFailure(request.substring(space + 1)));
                        }
                    }
                }
                case 'p' -> {
                    long end = System.nanoTime();
                    String[] parts = request.substring(2).split(",");
                    pushDone.complete(new long[] {end, Integer.parseInt(parts[0]), Boolean.parseBoolean(parts[1]) ? 1 : 0});
                }
                case 'f' -> { // the floor's Java part: a fresh buffer of the payload's size
                    callback.success(String.valueOf(FreshBuffer.copyMillis(Integer.parseInt(request.substring(2)))));
                    return;
                }
                case 's' -> {
                    String totals = "{\"count\":" + nextSend + ",\"inOrder\":" + sendsInOrder + "}";
                    nextSend = 0;
                    sendsInOrder = true;
                    callback.success(totals);
                    return;
                }
                default -> {
                    callback.failure(400, "unknown control " + what);
                    return;
                }
            }
            callback.success("");
        }
    }
}
