package cefshell.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;

/**
 * What one test opens: app folders written from strings and served under a fresh host, and windows that are closed
 * (and awaited) when the test ends.
 */
public final class TestWindows {
    private static final AtomicInteger NEXT_APP = new AtomicInteger();
    private final Shell shell;
    private final List<BrowserWindow> windows = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    /** Static so that {@link #eval} can show a failing page's console. */
    private static final Map<BrowserWindow, ConsoleRecorder> consoles = new java.util.concurrent.ConcurrentHashMap<>();

    TestWindows(Shell shell) {
        this.shell = shell;
    }

    public Shell shell() {
        return shell;
    }

    /** Writes the files into a new folder, serves it, and returns its origin (e.g. {@code app://t3}). */
    public String serve(Map<String, String> files) {
        try {
            Path dir = Files.createTempDirectory("cefshell-test-app-");
            folders.add(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return serveFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves an existing folder under a fresh host. */
    public String serveFolder(Path dir) {
        return shell.serve("t" + NEXT_APP.incrementAndGet(), dir);
    }

    /** Opens a window on {@code url}; it is closed after the test. Its console is recorded from the start. */
    public BrowserWindow open(String url) {
        return open(url, BrowserWindowOptions.builder().size(640, 480).build());
    }

    public BrowserWindow open(String url, BrowserWindowOptions options) {
        BrowserWindow w = new BrowserWindow(shell, options);
        consoles.put(w, ConsoleRecorder.of(w.webContents()));
        windows.add(w);
        w.loadURL(url);
        return w;
    }

    /**
     * Serves {@code index.html} (plus extra files), opens it and waits until it has loaded. The page can use
     * {@code ipcRenderer} at once: the preload runs before its scripts.
     */
    public BrowserWindow page(String indexHtml, Map<String, String> extraFiles) {
        Map<String, String> files = new java.util.LinkedHashMap<>(extraFiles);
        files.put("index.html", indexHtml);
        return openAndWait(serve(files) + "/index.html", BrowserWindowOptions.builder().size(640, 480).build());
    }

    public BrowserWindow page(String indexHtml) {
        return page(indexHtml, Map.of());
    }

    /** Opens {@code url} and waits for the main frame's first load to finish. */
    public BrowserWindow openAndWait(String url, BrowserWindowOptions options) {
        BrowserWindow w = new BrowserWindow(shell, options);
        consoles.put(w, ConsoleRecorder.of(w.webContents()));
        java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
        w.webContents().onDidFinishLoad(loaded::countDown); // never for the placeholder about:blank
        windows.add(w);
        w.loadURL(url);
        try {
            if (!loaded.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("page did not load: " + url + "; console: " + consoles.get(w).messages());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return w;
    }

    /** Runs JavaScript in the page's main frame and returns its (awaited) result, failing the test on error. */
    public static Object eval(BrowserWindow w, String code) {
        try {
            return w.webContents().executeJavaScript(code).get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("page threw: " + e.getCause().getMessage() + consoleOf(w), e.getCause());
        } catch (Exception e) {
            throw new AssertionError("executeJavaScript(" + code + ") failed: " + e + consoleOf(w), e);
        }
    }

    private static String consoleOf(BrowserWindow w) {
        ConsoleRecorder r = consoles.get(w);
        return r == null ? "" : "; page console: " + r.messages();
    }

    /** Everything {@code w}'s page wrote to its console since it was opened. */
    public ConsoleRecorder console(BrowserWindow w) {
        return consoles.get(w);
    }

    void closeAll() {
        for (BrowserWindow w : windows) {
            w.close();
        }
        for (BrowserWindow w : windows) {
            try {
                Awaits.until("window " + w + " closed", 10, TimeUnit.SECONDS, w::isDestroyed);
            } catch (AssertionError e) {
                System.err.println(e.getMessage());
            }
        }
        windows.forEach(consoles::remove);
        windows.clear();
    }
}
