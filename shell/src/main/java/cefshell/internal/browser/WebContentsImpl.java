package cefshell.internal.browser;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.cef.browser.CefFrame;

import cefshell.ConsoleMessage;
import cefshell.IpcMain;
import cefshell.IpcMessageListener;
import cefshell.WebContents;
import cefshell.WebFrameMain;
import cefshell.internal.ipc.PageIpc;

/** {@link WebContents} over one {@link BrowserHost}; IPC goes to its {@link PageIpc}. */
public final class WebContentsImpl implements WebContents {
    private final BrowserHost host;
    private final PageIpc ipc;
    private final ScriptRunner scripts = new ScriptRunner();
    private final DevToolsWindow devTools = new DevToolsWindow();

    public WebContentsImpl(BrowserHost host) {
        this.host = host;
        this.ipc = new PageIpc(host::browser, this);
        ipc.onScriptResults(scripts);
        host.onClosed(() -> {
            ipc.closed();
            scripts.failAll("WebContents was destroyed");
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
            host.loadURL(url);
        }
    }

    @Override
    public String getURL() {
        return host.browser().getURL();
    }

    @Override
    public String getTitle() {
        return host.title();
    }

    @Override
    public void reload() {
        if (!host.isClosing()) {
            host.browser().reload();
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
        CefFrame main = host.browser().getMainFrame();
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
        Objects.requireNonNull(code, "code == null");
        CompletableFuture<Object> result = new EdtSafeFuture<>();
        ScriptRunner.beforeWaiting(); // a handler may wait for this: its page's later messages must not wait for it
        host.whenIdle(() -> {
            if (host.isClosing()) {
                result.completeExceptionally(new IllegalStateException("WebContents was destroyed"));
                return;
            }
            scripts.run(host.browser().getMainFrame(), code, result);
        });
        return result;
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
}
