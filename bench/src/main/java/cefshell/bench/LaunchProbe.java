package cefshell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;

import org.cef.CefApp;
import org.cef.CefClient;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.browser.CefMessageRouter;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefLoadHandlerAdapter;
import org.cef.handler.CefMessageRouterHandlerAdapter;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;

/**
 * The child process of the launch cases: starts Chromium, opens one window on a page whose first script reports
 * {@code performance.timeOrigin + performance.now()} (epoch milliseconds), waits until the page has loaded and
 * {@value #SETTLE_MILLIS} ms more, prints its own peak resident set size and exits.
 *
 * <p>{@code LaunchProbe cefshell <dir>}: through cefshell's public API, as {@code shell run} would ({@code Shell},
 * {@code serve}, {@code BrowserWindow}, the signal via {@code ipcRenderer.send}).
 * {@code LaunchProbe raw <dir>}: a plain jcefmaven launcher ({@code CefAppBuilder}, a client with a message router,
 * a windowed browser in a JFrame on a {@code file://} page, the signal via {@code cefQuery}), started by
 * {@link RawCef}; the profile folder is the third argument, made and
 * deleted by the parent (this process cannot delete it while CEF's helpers may still write into it).
 *
 * <p>Output lines: {@code FIRST_SCRIPT <epoch ms>} and {@code VM_HWM_KB <kB>}.
 */
public final class LaunchProbe {
    static final long SETTLE_MILLIS = 500;
    static final String CEFSHELL_PAGE = "launch-cefshell.html";
    static final String RAW_PAGE = "launch-raw.html";
    private static final String SIGNAL_CEFSHELL = "ipcRenderer.send('first-script', t)";
    private static final String SIGNAL_RAW = "window.cefQuery({request: 'first-script ' + t})";

    private LaunchProbe() {
    }

    /** Writes the two probe pages (identical but for how they signal) into {@code dir}. */
    static void writePages(Path dir) throws IOException {
        Files.writeString(dir.resolve(CEFSHELL_PAGE), page(SIGNAL_CEFSHELL));
        Files.writeString(dir.resolve(RAW_PAGE), page(SIGNAL_RAW));
    }

    private static String page(String signal) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>probe</title>\n"
                + "<script>const t = performance.timeOrigin + performance.now(); " + signal + ";</script>\n"
                + "</head><body><h1>Hello</h1></body></html>\n";
    }

    public static void main(String[] args) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(90_000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(3);
        }, "probe-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            probe(args);
        } catch (Exception e) {
            System.err.println("probe failed: " + e);
            e.printStackTrace();
            Runtime.getRuntime().halt(2);
        }
    }

    private static void probe(String[] args) throws Exception {
        CompletableFuture<Double> first = new CompletableFuture<>();
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        Path dir = Path.of(args[1]);
        if (args[0].equals("cefshell")) {
            Shell shell = Shell.start();
            shell.ipcMain().on("first-script", (e, a) -> first.complete(a.get(0, Double.class)));
            String origin = shell.serve("probe", dir);
            BrowserWindow w = new BrowserWindow(shell, BrowserWindowOptions.builder().size(800, 600).build());
            w.webContents().onDidFinishLoad(() -> loaded.complete(null));
            w.loadURL(origin + "/" + CEFSHELL_PAGE);
        } else {
            startRaw(dir.resolve(RAW_PAGE), Path.of(args[2]), first, loaded);
        }
        double firstScript = first.get(60, TimeUnit.SECONDS);
        loaded.get(60, TimeUnit.SECONDS);
        Thread.sleep(SETTLE_MILLIS);
        System.out.println("FIRST_SCRIPT " + firstScript);
        System.out.println("VM_HWM_KB " + peakRssKb());
        System.out.flush();
        System.exit(0); // both runtimes shut CEF down from their shutdown hooks
    }

    private static void startRaw(Path page, Path profile, CompletableFuture<Double> first, CompletableFuture<Void> loaded)
            throws Exception {
        CefApp app = RawCef.start(profile);
        CefClient client = app.createClient();
        CefMessageRouter router = CefMessageRouter.create();
        router.addHandler(new CefMessageRouterHandlerAdapter() {
            @Override
            public boolean onQuery(CefBrowser b, CefFrame f, long id, String request, boolean persistent, CefQueryCallback cb) {
                first.complete(Double.parseDouble(request.substring(request.indexOf(' ') + 1)));
                cb.success("");
                return true;
            }
        }, true);
        client.addMessageRouter(router);
        client.addLoadHandler(new CefLoadHandlerAdapter() {
            @Override
            public void onLoadEnd(CefBrowser b, CefFrame frame, int status) {
                if (frame.isMain()) {
                    loaded.complete(null);
                }
            }
        });
        CefBrowser browser = client.createBrowser(page.toUri().toString(), false, false);
        JFrame frame = new JFrame("probe");
        frame.getContentPane().add(browser.getUIComponent());
        frame.setSize(800, 600);
        frame.setVisible(true);
    }

    /** VmHWM of this process (the host JVM, not Chromium's helper processes), in kB; -1 if unknown. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }
}
