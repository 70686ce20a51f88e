package cefshell.internal.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import cefshell.AppContext;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;

/**
 * {@link AppContext} for one {@code shell run}: knows the app's origin and default window, tells the run about every
 * window opened through it (for {@code --devtools}), and remembers whether any was opened, so the run can open the
 * default window when {@code AppMain.start} did not.
 */
public final class AppContextImpl implements AppContext {
    private final Shell shell;
    private final AppManifest manifest;
    private final String origin;
    private final List<String> args;
    private final BrowserWindowOptions defaultWindow;
    private final Consumer<BrowserWindow> onWindowCreated;
    private final AtomicBoolean windowCreated = new AtomicBoolean();

    public AppContextImpl(Shell shell, AppManifest manifest, String origin, List<String> args,
                          BrowserWindowOptions defaultWindow, Consumer<BrowserWindow> onWindowCreated) {
        this.shell = shell;
        this.manifest = manifest;
        this.origin = origin;
        this.args = List.copyOf(args);
        this.defaultWindow = defaultWindow;
        this.onWindowCreated = onWindowCreated;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public String name() {
        return manifest.name();
    }

    @Override
    public Path folder() {
        return manifest.folder();
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public String entryUrl() {
        return origin + manifest.entryPath();
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public BrowserWindow createWindow() {
        return createWindow(defaultWindow, entryUrl());
    }

    @Override
    public BrowserWindow createWindow(BrowserWindowOptions options, String url) {
        Objects.requireNonNull(options, "options == null");
        Objects.requireNonNull(url, "url == null");
        BrowserWindow w = new BrowserWindow(shell, options, url);
        windowCreated.set(true);
        onWindowCreated.accept(w);
        return w;
    }

    /** True once a window was opened through this context. */
    public boolean windowCreated() {
        return windowCreated.get();
    }

    @Override
    public String toString() {
        return "AppContext[" + manifest.name() + " at " + origin + "]";
    }
}
