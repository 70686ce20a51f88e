package cefshell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.cef.CefApp;

import cefshell.internal.ShellCore;
import cefshell.internal.guest.GuestSurface;
import cefshell.internal.browser.Listeners;
import cefshell.internal.browser.ShellThreads;
import cefshell.internal.lifecycle.AppPaths;
import cefshell.internal.lifecycle.ProcessSingleInstance;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.browser.WindowedCreation;
import cefshell.internal.natives.TerminalProgressBar;
import cefshell.internal.runtime.CefRuntime;
import cefshell.internal.runtime.CefStartException;
import cefshell.internal.runtime.RuntimeOptions;
import cefshell.internal.scheme.AppSchemeHandlerFactory;

/**
 * The running shell: Chromium, the {@code app://} scheme, and the windows of this process (Electron's {@code app}).
 * There is one per process, because CEF can be initialised once.
 *
 * <pre>{@code
 * Shell shell = Shell.start();
 * String origin = shell.serve("hello", Path.of("apps/hello"));   // app://hello
 * new BrowserWindow(shell, BrowserWindowOptions.defaults(), origin + "/index.html");
 * }</pre>
 *
 * <p>Call {@link #start} first in {@code main}, before any AWT or Swing use, where you can: Chromium's threads need
 * Xlib's thread support on before the process's first X call. libX11 1.8 and newer do that themselves, so there a
 * later call works too; with an older libX11, starting after AWT opened the display is refused with a message saying
 * so. {@code start} and {@link #quit} may be called on any thread, the AWT event dispatch thread included.
 */
public final class Shell {
    private static Shell instance;

    private final CefRuntime runtime;
    private final ShellOptions options;
    private final AppSchemeHandlerFactory appScheme;
    private final Set<BrowserWindow> windows = ConcurrentHashMap.newKeySet();
    /** Frames of windows whose pages closed while CEF shut down: disposed with the rest once it is down. */
    private final Set<java.awt.Window> disposeAfterShutdown = ConcurrentHashMap.newKeySet();
    private final Listeners<Void> allWindowsClosed = new Listeners<>();
    private final AtomicInteger windowAllClosedListeners = new AtomicInteger();
    private final List<Consumer<QuitEvent>> beforeQuit = new CopyOnWriteArrayList<>();
    private final List<Consumer<QuitEvent>> willQuit = new CopyOnWriteArrayList<>();
    private final List<IntConsumer> quitListeners = new CopyOnWriteArrayList<>();
    private final Listeners<SecondInstanceEvent> secondInstance = new Listeners<>();
    private final Map<String, Path> pathOverrides = new ConcurrentHashMap<>();
    private final QuitSequence quitSequence = new QuitSequence(this);
    private final ShellCore core;
    private final NativeTheme nativeTheme;

    private Shell(CefRuntime runtime, ShellOptions options, AppSchemeHandlerFactory appScheme) {
        this.runtime = runtime;
        this.options = options;
        this.appScheme = appScheme;
        this.core = new ShellCore(runtime, appScheme, options.sendSyncTimeout().toMillis(), options.offscreen(),
                options.consoleSink());
        if (options.traceIpc() != null) {
            core.traceIpc(options.traceIpc(), options.traceIpcSink());
        }
        this.nativeTheme = new NativeTheme(core.colorScheme(), options.chromiumSwitches().contains("--force-dark-mode"));
        // a <webview>'s guest is shown by a BrowserPanel of its own, laid over its element
        core.guests().useSurfaces((url, prefs, allowPopups, configure) -> {
            WebContentsImpl guest = core.createGuestPage(url, prefs, configure);
            ChildWindows.attach(this, guest, prefs, allowPopups);
            return new GuestSurface(guest, new BrowserPanel(guest));
        });
        ProcessSingleInstance.deliverTo(h -> secondInstance.fire(
                new SecondInstanceEvent(List.copyOf(h.argv()), h.workingDirectory(), h.additionalData())));
    }

    /** Starts the shell with default options, or returns the one already running. */
    public static Shell start() {
        return start(ShellOptions.defaults());
    }

    /**
     * Starts Chromium (extracting its natives on first use) or returns the shell already running.
     *
     * @throws ShellStartException when Chromium cannot start here (no X display, missing libraries, AWT first on an
     *         old libX11...); the message names the cause and the fix
     */
    public static synchronized Shell start(ShellOptions options) {
        Objects.requireNonNull(options, "options == null");
        if (instance != null) {
            return instance;
        }
        AppSchemeHandlerFactory appScheme = new AppSchemeHandlerFactory();
        RuntimeOptions.Builder rt = RuntimeOptions.builder()
                .customScheme(AppSchemeHandlerFactory.SCHEME)
                .remoteDebuggingPort(options.remoteDebuggingPort())
                .offscreen(options.offscreen())
                .chromiumLog(RuntimeOptions.ChromiumLog.valueOf(options.chromiumLog().name()))
                .progress(TerminalProgressBar.onStderr());
        // Electron has no popup blocker: a page's window.open always reaches the window-open handler
        rt.extraArg("--disable-popup-blocking");
        options.chromiumSwitches().forEach(rt::extraArg);
        CefRuntime runtime;
        try {
            runtime = CefRuntime.start(rt.build(),
                    app -> app.registerSchemeHandlerFactory(AppSchemeHandlerFactory.SCHEME, "", appScheme));
        } catch (CefStartException | IllegalStateException e) {
            throw new ShellStartException(e.getMessage(), e);
        }
        instance = new Shell(runtime, options, appScheme);
        return instance;
    }

    /**
     * The running shell.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public static synchronized Shell current() {
        if (instance == null) {
            throw new IllegalStateException("the shell is not started: call Shell.start() first");
        }
        return instance;
    }

    /**
     * Serves a folder as {@code app://host/}: the right content types, 404 for missing files, nothing outside the
     * folder. Returns the origin, e.g. {@code app://hello}.
     *
     * @param host lowercase letters, digits and '-'
     */
    public String serve(String host, Path folder) {
        return appScheme.serve(host, folder);
    }

    /** Serves an app folder under a host made from its name (see {@link BrowserPanel#forApp}); returns the origin. */
    String serveFolder(Path folder) {
        return appScheme.serveFolder(folder);
    }

    /** The shell-wide {@link IpcMain}: messages from every page end here (after the page's own ipc()). */
    public IpcMain ipcMain() {
        return core.ipcMain();
    }

    /** The light/dark appearance every page is asked for (Electron's {@code nativeTheme}). */
    public NativeTheme nativeTheme() {
        return nativeTheme;
    }

    /**
     * Called once whenever the last open {@link BrowserWindow} has closed (Electron's 'window-all-closed'), except
     * when {@link #quit()} closed it. With such a listener the shell does not quit by itself (see
     * {@link ShellOptions.Builder#quitWhenAllWindowsClosed}): the listener decides, e.g. {@code shell.quit()}.
     */
    public void onWindowAllClosed(Runnable listener) {
        Objects.requireNonNull(listener, "listener == null");
        windowAllClosedListeners.incrementAndGet();
        allWindowsClosed.add(v -> listener.run());
    }

    /**
     * Electron's {@code 'before-quit'}: {@link #quit()} was called; {@link QuitEvent#preventDefault()} cancels it
     * before any window is asked to close.
     */
    public void onBeforeQuit(Consumer<QuitEvent> listener) {
        beforeQuit.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /**
     * Electron's {@code 'will-quit'}: every window has closed and Chromium is about to shut down;
     * {@link QuitEvent#preventDefault()} keeps the shell running (with no window).
     */
    public void onWillQuit(Consumer<QuitEvent> listener) {
        willQuit.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /** Electron's {@code 'quit'}: the shell has shut down; the listener gets the exit code (0). */
    public void onQuit(IntConsumer listener) {
        quitListeners.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /** The app's name (Electron's {@code app.getName()}): app.json's {@code name} under {@code shell run}. */
    public String getName() {
        return options.appName();
    }

    /** The app's version (Electron's {@code app.getVersion()}): app.json's {@code version} under {@code shell run}. */
    public String getVersion() {
        return options.appVersion();
    }

    /**
     * A well-known folder by Electron's name (Electron's {@code app.getPath}): {@code home}, {@code appData},
     * {@code userData} (appData's folder named after {@link #getName()}), {@code sessionData}, {@code temp},
     * {@code logs}, {@code desktop}, {@code documents}, {@code downloads}, {@code music}, {@code pictures},
     * {@code videos}; on Linux from the XDG directories. The folder may not exist yet.
     *
     * @throws IllegalArgumentException for another name ({@code Failed to get 'x' path})
     */
    public Path getPath(String name) {
        Objects.requireNonNull(name, "name == null");
        Path set = pathOverrides.get(name);
        return set != null ? set : AppPaths.ofThisProcess(getName()).get(name);
    }

    /** Electron's {@code app.setPath}: {@link #getPath} answers {@code path} for {@code name} from now on. */
    public void setPath(String name, Path path) {
        AppPaths.ofThisProcess(getName()).get(name); // a known name
        pathOverrides.put(name, path.toAbsolutePath());
    }

    /**
     * Electron's {@code app.requestSingleInstanceLock()}: true when this process is the app's only instance (it now
     * holds the lock for {@link #getName()}); false when another process holds it, which then gets
     * {@code second-instance} with this process's command line: quit then, as Electron apps do.
     *
     * <pre>{@code
     * if (!shell.requestSingleInstanceLock()) { shell.quit(); return; }
     * shell.onSecondInstance(e -> win.focus());
     * }</pre>
     *
     * @throws IllegalStateException when the lock cannot be used (its folder) or its holder does not answer
     */
    public boolean requestSingleInstanceLock() {
        return requestSingleInstanceLock(null);
    }

    /** {@link #requestSingleInstanceLock()}, passing {@code additionalData} to the first instance's event. */
    public boolean requestSingleInstanceLock(String additionalData) {
        try {
            return ProcessSingleInstance.request(getName(), additionalData);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("single-instance lock of '" + getName() + "': " + e.getMessage(), e);
        }
    }

    /** Whether this process holds the single-instance lock. */
    public boolean hasSingleInstanceLock() {
        return ProcessSingleInstance.isHeld();
    }

    /** Releases the single-instance lock, if held; another instance may then take it. */
    public void releaseSingleInstanceLock() {
        ProcessSingleInstance.release();
    }

    /** Electron's {@code 'second-instance'}: another instance of the app handed over (see {@link #requestSingleInstanceLock}). */
    public void onSecondInstance(Consumer<SecondInstanceEvent> listener) {
        secondInstance.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /** The windows open now. */
    public Set<BrowserWindow> windows() {
        return Set.copyOf(windows);
    }

    /** e.g. {@code 146.0.7680.179}. */
    public String chromiumVersion() {
        CefApp.CefVersion v = runtime.version();
        return v.getChromeVersion();
    }

    /** e.g. {@code 146.0.10}. */
    public String cefVersion() {
        return runtime.version().getCefVersion();
    }

    /**
     * Ends the shell as Electron's {@code app.quit()} ends an app: {@code before-quit} listeners run first and may
     * cancel; then the {@code close} listeners of every {@link BrowserWindow} run (one that prevents it cancels the
     * quit); then {@code will-quit} (may cancel too); then every window and panel closes as Chromium shuts down
     * (bounded in time; {@code closed} events fire), the Swing windows the shell made (each {@link BrowserWindow}'s frame and
     * the hidden window pages are created in) are disposed, and {@code quit} listeners run. Nothing of the shell then
     * keeps the JVM alive: it exits as soon as the application's own threads are done, e.g. when {@code main}
     * returns. Swing windows the application made itself (a frame holding a {@link BrowserPanel}) are the
     * application's to dispose, as in any Swing program, or call {@code System.exit}. The shell cannot be started
     * again in this process.
     *
     * <p>May be called on any thread, e.g. from a Swing "Quit" action, and returns when the quit is over or was
     * cancelled; on the AWT event dispatch thread, events keep being dispatched while it waits. Called from a shell
     * listener (the {@code cefshell-events} thread, where the quit's own listeners run), it returns at once and the
     * quit goes on after the listener. If Chromium does not shut down within 30 s, its helper processes are killed
     * and the JVM halts with exit code 3 (a message on stderr says so).
     */
    public void quit() {
        if (ShellThreads.isEventThread() || QuitSequence.isQuitThread()) {
            quitSequence.request(); // its listeners run on this thread: it cannot wait for them
        } else if (javax.swing.SwingUtilities.isEventDispatchThread()) {
            quitSequence.request().join(); // an EdtSafeFuture: events keep being dispatched meanwhile
        } else {
            quitSequence.runHere();
        }
    }

    /** Chromium down and the shell's Swing windows disposed: the end of {@link #quit()}. */
    void shutdown() {
        cefshell.internal.browser.CefThreadAttachment.beforeCefShutdown();
        runtime.shutdown();
        Swing.later(() -> { // a displayable window, even a hidden one, keeps AWT's threads and so the JVM alive
            windows.forEach(w -> disposeAfterShutdown.add(w.frame()));
            disposeAfterShutdown.forEach(frame -> {
                Swing.detachBrowserComponents(frame); // CEF is gone: their browsers must not be called now
                frame.dispose();
            });
            disposeAfterShutdown.clear();
            WindowedCreation.disposeParkingWindow();
        });
    }

    List<Consumer<QuitEvent>> beforeQuitListeners() {
        return beforeQuit;
    }

    List<Consumer<QuitEvent>> willQuitListeners() {
        return willQuit;
    }

    List<IntConsumer> quitListeners() {
        return quitListeners;
    }

    ShellOptions options() {
        return options;
    }

    WebContentsImpl createPage(String url, WebPreferences prefs) {
        WebContentsImpl page = core.createPage(url, prefs);
        ChildWindows.attach(this, page, prefs, true);
        return page;
    }

    /** The wiring, for the project's own tests and diagnostics. */
    ShellCore core() {
        return core;
    }

    void windowOpened(BrowserWindow w) {
        windows.add(w);
    }

    /** See {@link #shutdown()}: {@code frame} is disposed once Chromium is down. */
    void disposeAfterShutdown(java.awt.Window frame) {
        disposeAfterShutdown.add(frame);
    }

    void windowClosed(BrowserWindow w) {
        if (windows.remove(w) && windows.isEmpty() && !quitSequence.isQuitting()) {
            if (windowAllClosedListeners.get() > 0) {
                allWindowsClosed.fire(null);
            } else if (options.quitWhenAllWindowsClosed()) {
                quitSequence.request(); // Electron's default on Linux: no listener, so the app quits
            }
        }
    }
}
