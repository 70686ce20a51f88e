// Long file: it implements all of Electron's wide WebContents API; nearly every method delegates in a few lines.
package cefshell.internal.browser;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;

import cefshell.ConsoleMessage;
import cefshell.IpcMain;
import cefshell.IpcMessageListener;
import cefshell.RenderProcessGoneDetails;
import cefshell.WebContents;
import cefshell.WebFrameMain;
import cefshell.internal.ipc.PageIpc;

/** {@link WebContents} over one {@link BrowserHost}; IPC goes to its {@link PageIpc}. */
public final class WebContentsImpl implements WebContents {
    private final BrowserHost host;
    private final PageIpc ipc;
    private final ScriptRunner scripts = new ScriptRunner();
    private final DevToolsWindow devTools = new DevToolsWindow();
    private final Listeners<cefshell.WebContents> didAttachWebview = new Listeners<>();
    private final java.util.List<Consumer<cefshell.WillAttachWebviewEvent>> willAttachWebview =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile WebContentsImpl hostWebContents; // a <webview> guest's host page
    private volatile cefshell.WindowOpenHandler windowOpenHandler;
    private final Listeners<CreatedWindow> didCreateWindow = new Listeners<>();

    public WebContentsImpl(BrowserHost host) {
        this.host = host;
        this.ipc = new PageIpc(host::withBrowser, this);
        ipc.onScriptResults(scripts);
        ipc.onFrameScripts(this::execute);
        host.onClosed(() -> {
            ipc.closed();
            scripts.failAll("WebContents was destroyed");
        });
        // first among the page's gone listeners: scripts fail and queued messages go before user code hears of it
        host.renderer().onGone(details -> {
            ipc.rendererGone("the page's renderer process is gone (" + details + ")");
            scripts.failAll("executeJavaScript: the page's renderer process is gone (" + details
                    + ") before the script finished");
        });
    }

    public BrowserHost host() {
        return host;
    }

    public PageIpc pageIpc() {
        return ipc;
    }

    @Override
    public int id() {
        return host.id();
    }

    @Override
    public void loadURL(String url) {
        Objects.requireNonNull(url, "url == null");
        if (!host.isClosing()) {
            ipc.trust(url); // Java chose this URL: its origin may use IPC
            host.renderer().navigate(() -> host.loadURL(url));
        }
    }

    @Override
    public String getURL() {
        return host.withBrowser(CefBrowser::getURL, "");
    }

    @Override
    public String getTitle() {
        return host.title();
    }

    @Override
    public void reload() {
        if (!host.isClosing()) {
            host.expectLoad();
            host.renderer().navigate(() -> host.onBrowser(CefBrowser::reload));
        }
    }

    @Override
    public boolean isDestroyed() {
        return host.isClosed();
    }

    @Override
    public void send(String channel, Object... args) {
        if (channel == null) {
            throw new IllegalArgumentException("Missing required channel argument");
        }
        ipc.send(null, channel, args);
    }

    @Override
    public boolean sendToFrame(String frameId, String channel, Object... args) {
        if (frameId == null) {
            throw new IllegalArgumentException("Missing required frame argument (must be a frame id)");
        }
        if (channel == null) {
            throw new IllegalArgumentException("Missing required channel argument");
        }
        return ipc.send(frameId, channel, args);
    }

    @Override
    public IpcMain ipc() {
        return ipc.ipc();
    }

    @Override
    public WebFrameMain mainFrame() {
        CefFrame main = host.withBrowser(CefBrowser::getMainFrame, null);
        return main == null ? null : ipc.frame(main);
    }

    @Override
    public void onIpcMessage(IpcMessageListener listener) {
        ipc.onIpcMessage(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onIpcMessageSync(IpcMessageListener listener) {
        ipc.onIpcMessageSync(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public CompletableFuture<Object> executeJavaScript(String code) {
        return execute(null, code);
    }

    /**
     * Runs {@code code} in the frame {@code frameId} (null: the main frame) once the page is idle, as the page's own
     * script; the value comes back decoded like IPC values (WebContents' and WebFrameMain's executeJavaScript).
     */
    CompletableFuture<Object> execute(String frameId, String code) {
        Objects.requireNonNull(code, "code == null");
        CompletableFuture<Object> result = new EdtSafeFuture<>();
        ScriptRunner.beforeWaiting(); // a handler may wait for this: its page's later messages must not wait for it
        host.whenIdle(() -> {
            if (host.isClosing()) {
                result.completeExceptionally(new IllegalStateException("WebContents was destroyed"));
                return;
            }
            RenderProcessGoneDetails gone = host.renderer().goneDetails();
            if (gone != null) {
                result.completeExceptionally(new IllegalStateException("executeJavaScript: the page's renderer "
                        + "process is gone (" + gone + "); reload() the page first"));
                return;
            }
            CefFrame frame = host.withBrowser(b -> frameId == null ? b.getMainFrame() : b.getFrameByIdentifier(frameId), null);
            if (frame == null) {
                result.completeExceptionally(new IllegalStateException(
                        "Render frame was disposed before WebFrameMain could be accessed"));
                return;
            }
            boolean main = frame.isMain();
            CompletableFuture<Object> viaBridge = new CompletableFuture<>();
            viaBridge.whenComplete((v, e) -> {
                if (main && e instanceof cefshell.JsError js && js.getMessage() != null
                        && js.getMessage().startsWith("EvalError")) {
                    // the page's Content-Security-Policy forbids eval: DevTools evaluation is not subject to it
                    DevToolsEvaluation.evaluate(host.devTools(), code).whenComplete((v2, e2) -> complete(result, v2, e2));
                } else {
                    complete(result, v, e);
                }
            });
            scripts.run(frame, code, viaBridge);
        });
        return result;
    }

    /**
     * The page runs its bridge in an isolated world (context isolation): {@code executeJavaScript} then runs the code
     * in the page's own world through the runner named {@code runnerName} there. Set before the page loads.
     */
    public void useIsolatedWorld(String runnerName) {
        scripts.useMainWorldRunner(runnerName);
    }

    private static void complete(CompletableFuture<Object> result, Object value, Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            result.completeExceptionally(cause);
        } else {
            result.complete(value);
        }
    }

    @Override
    public CompletableFuture<java.awt.image.BufferedImage> capturePage() {
        return host.capture();
    }

    @Override
    public void onConsoleMessage(Consumer<ConsoleMessage> listener) {
        host.onConsoleMessage(listener);
    }

    @Override
    public void onDidFinishLoad(Runnable listener) {
        host.onMainFrameLoaded(url -> listener.run());
    }

    @Override
    public void setWindowOpenHandler(cefshell.WindowOpenHandler handler) {
        windowOpenHandler = handler;
    }

    /** The page's window-open handler, or null for the default. */
    public cefshell.WindowOpenHandler windowOpenHandler() {
        return windowOpenHandler;
    }

    @Override
    public void onDidCreateWindow(java.util.function.BiConsumer<cefshell.BrowserWindow, cefshell.WindowOpenHandler.Details> listener) {
        Objects.requireNonNull(listener, "listener == null");
        didCreateWindow.add(created -> listener.accept(created.window(), created.details()));
    }

    /** A window this page asked for was opened (the window-open policy tells). */
    public void didCreateWindow(cefshell.BrowserWindow window, cefshell.WindowOpenHandler.Details details) {
        didCreateWindow.fire(new CreatedWindow(window, details));
    }

    private record CreatedWindow(cefshell.BrowserWindow window, cefshell.WindowOpenHandler.Details details) { }

    @Override
    public void onWillNavigate(Consumer<cefshell.WillNavigateEvent> listener) {
        host.navigations().onWillNavigate(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onDidStartNavigation(Consumer<cefshell.NavigationDetails> listener) {
        host.navigations().onDidStartNavigation(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onDidNavigate(Consumer<cefshell.DidNavigateDetails> listener) {
        host.navigations().onDidNavigate(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onDidNavigateInPage(Consumer<cefshell.NavigationDetails> listener) {
        host.navigations().onDidNavigateInPage(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onDidFailLoad(Consumer<cefshell.DidFailLoadDetails> listener) {
        host.navigations().onDidFailLoad(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onRenderProcessGone(Consumer<RenderProcessGoneDetails> listener) {
        host.renderer().onGone(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onUnresponsive(Runnable listener) {
        host.renderer().onUnresponsive(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onResponsive(Runnable listener) {
        host.renderer().onResponsive(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void forcefullyCrashRenderer() {
        host.renderer().crash();
    }

    @Override
    public boolean isCrashed() {
        return host.renderer().isCrashed();
    }

    @Override
    public void onDidAttachWebview(Consumer<cefshell.WebContents> listener) {
        didAttachWebview.add(Objects.requireNonNull(listener, "listener == null"));
    }

    @Override
    public void onWillAttachWebview(Consumer<cefshell.WillAttachWebviewEvent> listener) {
        willAttachWebview.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /** Runs the will-attach-webview listeners now, on the calling thread (the host page's IPC lane), in order. */
    public void willAttachWebview(cefshell.WillAttachWebviewEvent event) {
        for (var l : willAttachWebview) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                System.getLogger("cefshell.browser").log(System.Logger.Level.ERROR, "a will-attach-webview listener threw", e);
            }
        }
    }

    /** A guest page of one of this page's {@code <webview>} elements was made (the guest package tells). */
    public void didAttachWebview(WebContentsImpl guest) {
        guest.hostWebContents = this;
        didAttachWebview.fire(guest);
    }

    @Override
    public cefshell.WebContents hostWebContents() {
        return hostWebContents;
    }

    @Override
    public void onDestroyed(Runnable listener) {
        host.onClosed(listener);
    }

    @Override
    public void openDevTools() {
        if (!host.isClosing()) {
            devTools.open(host);
        }
    }

    @Override
    public void closeDevTools() {
        devTools.close(host);
    }

    @Override
    public boolean isDevToolsOpened() {
        return !host.isClosing() && devTools.isOpen();
    }

    @Override
    public void toggleDevTools() {
        if (isDevToolsOpened()) {
            closeDevTools();
        } else {
            openDevTools();
        }
    }

    @Override
    public String toString() {
        return "WebContents#" + id();
    }

    // ---- editing, zoom and the context menu ----

    @Override
    public void undo() {
        inFocusedFrame(CefFrame::undo);
    }

    @Override
    public void redo() {
        inFocusedFrame(CefFrame::redo);
    }

    @Override
    public void cut() {
        inFocusedFrame(CefFrame::cut);
    }

    @Override
    public void copy() {
        inFocusedFrame(CefFrame::copy);
    }

    @Override
    public void paste() {
        inFocusedFrame(CefFrame::paste);
    }

    @Override
    public void selectAll() {
        inFocusedFrame(CefFrame::selectAll);
    }

    /** CEF posts the command to the frame's renderer: callable from any thread, nothing waits. */
    private void inFocusedFrame(Consumer<CefFrame> command) {
        if (!host.isCreated() || host.isClosing()) {
            return;
        }
        CefFrame frame = host.withBrowser(b -> {
            CefFrame focused = b.getFocusedFrame();
            return focused == null || !focused.isValid() ? b.getMainFrame() : focused;
        }, null);
        if (frame != null) {
            command.accept(frame);
        }
    }

    @Override
    public void reloadIgnoringCache() {
        if (!host.isClosing()) {
            host.expectLoad();
            host.renderer().navigate(() -> host.onBrowser(CefBrowser::reloadIgnoreCache));
        }
    }

    @Override
    public double getZoomLevel() {
        return host.zoomLevel();
    }

    @Override
    public void setZoomLevel(double level) {
        host.setZoomLevel(level);
    }

    @Override
    public void onContextMenu(Consumer<cefshell.ContextMenuParams> listener) {
        host.contextMenu().add(Objects.requireNonNull(listener, "listener == null"));
    }
}
