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
    private final Map<BrowserWindow, ConsoleRecorder> consoles = new java.util.concurrent.ConcurrentHashMap<>();

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
        windows.clear();
    }
}
