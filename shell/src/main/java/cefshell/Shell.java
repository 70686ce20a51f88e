package cefshell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.cef.CefApp;
import org.cef.browser.CefMessageRouter;

import cefshell.internal.bridge.BridgeScript;
import cefshell.internal.browser.BrowserHost;
import cefshell.internal.browser.Listeners;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.browser.WindowedCreation;
import cefshell.internal.ipc.CefQueryTransport;
import cefshell.internal.ipc.IpcDispatcher;
import cefshell.internal.ipc.IpcMainImpl;
import cefshell.internal.ipc.Pages;
import cefshell.internal.ipc.PromptTransport;
import cefshell.internal.ipc.ReplyParts;
import cefshell.internal.ipc.SchemeTransport;
import cefshell.internal.ipc.SyncResults;
import cefshell.internal.runtime.CefRuntime;
import cefshell.internal.runtime.CefStartException;
import cefshell.internal.runtime.RuntimeOptions;
import cefshell.internal.scheme.AppSchemeHandlerFactory;
import cefshell.internal.natives.TerminalProgressBar;

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
    private final Listeners<Void> allWindowsClosed = new Listeners<>();
    private final IpcMainImpl ipcMain = new IpcMainImpl();
    private final Pages pages = new Pages();
    private final IpcDispatcher dispatcher;
    private final PromptTransport prompts;
    private final ReplyParts replyParts = new ReplyParts();

    private Shell(CefRuntime runtime, ShellOptions options, AppSchemeHandlerFactory appScheme) {
        this.runtime = runtime;
        this.options = options;
        this.appScheme = appScheme;
        this.dispatcher = new IpcDispatcher(ipcMain, pages::byId, options.sendSyncTimeout().toMillis());
        SyncResults syncResults = new SyncResults();
        SchemeTransport scheme = new SchemeTransport(pages, dispatcher, syncResults, replyParts);
        this.prompts = new PromptTransport(pages, dispatcher, syncResults);
        appScheme.route("ipc", scheme::binary);
        appScheme.route("sync", scheme::sync);
        appScheme.route("sync-result", scheme::syncResult);
        appScheme.route("part", scheme::part);
        appScheme.setPreloadSource(browser -> {
            var page = pages.of(browser);
            return page == null ? List.of() : ((WebContentsImpl) page.webContents()).host().preloadScripts();
        });
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
        return ipcMain;
    }

    /** Called once whenever the last open {@link BrowserWindow} has closed (Electron's 'window-all-closed'). */
    public void onWindowAllClosed(Runnable listener) {
        allWindowsClosed.add(v -> listener.run());
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
     * Ends the shell as Electron's {@code app.quit()} ends an app: closes every window and panel, shuts Chromium down
     * (bounded in time), and disposes the Swing windows the shell made (each {@link BrowserWindow}'s frame and the
     * hidden window pages are created in). Nothing of the shell then keeps the JVM alive: it exits as soon as the
     * application's own threads are done, e.g. when {@code main} returns. Swing windows the application made itself
     * (a frame holding a {@link BrowserPanel}) are the application's to dispose, as in any Swing program, or call
     * {@code System.exit}. The shell cannot be started again in this process.
     *
     * <p>May be called on any thread, e.g. from a Swing "Quit" action: on the AWT event dispatch thread, events keep
     * being dispatched while it waits. If Chromium does not shut down within 15 s, its helper processes are killed
     * and the JVM halts with exit code 3 (a message on stderr says so).
     */
    public void quit() {
        runtime.shutdown();
        Swing.later(() -> { // a displayable window, even a hidden one, keeps AWT's threads and so the JVM alive
            windows.forEach(w -> w.frame().dispose());
            WindowedCreation.disposeParkingWindow();
        });
    }

    ShellOptions options() {
        return options;
    }

    /** A page: its client, the IPC router (which must exist before the browser), registration, then the browser. */
    WebContentsImpl createPage(String url, WebPreferences prefs) {
        BrowserHost host = new BrowserHost(runtime, options.offscreen(), prefs.transparent(), null);
        WebContentsImpl wc = new WebContentsImpl(host);
        CefMessageRouter router = CefMessageRouter.create();
        router.addHandler(new CefQueryTransport(wc.pageIpc(), dispatcher, replyParts), true);
        host.client().addMessageRouter(router);
        host.client().addJSDialogHandler(prompts); // sendSync's fast path; other dialogs pass through untouched
        host.setPreloadScripts(preloadScripts(prefs));
        prefs.trustedOrigins().forEach(wc.pageIpc()::trust);
        wc.pageIpc().trust(url);
        if (options.consoleSink() != null) {
            host.onConsoleMessage(options.consoleSink());
        }
        host.onClosedSync(() -> pages.remove(host.browser(), wc.id()));
        // on the EDT: JCEF builds the browser's Swing components in createBrowser
        Swing.onEdt(() -> host.createBrowser(url, browser -> pages.add(browser, wc.id(), wc.pageIpc())));
        return wc;
    }

    private static List<String> preloadScripts(WebPreferences prefs) {
        List<String> scripts = new ArrayList<>(2);
        scripts.add(BridgeScript.source());
        if (prefs.preload() != null) {
            try {
                scripts.add(Files.readString(prefs.preload()) + "\n//# sourceURL=" + prefs.preload().getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read preload script " + prefs.preload(), e);
            }
        }
        return List.copyOf(scripts);
    }

    void windowOpened(BrowserWindow w) {
        windows.add(w);
    }

    void windowClosed(BrowserWindow w) {
        if (windows.remove(w) && windows.isEmpty()) {
            allWindowsClosed.fire(null);
        }
    }
}
