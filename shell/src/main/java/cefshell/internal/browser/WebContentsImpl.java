package cefshell.internal.browser;

import java.util.function.Consumer;

import cefshell.ConsoleMessage;
import cefshell.WebContents;

/** {@link WebContents} over one {@link BrowserHost}. */
public final class WebContentsImpl implements WebContents {
    private final BrowserHost host;

    public WebContentsImpl(BrowserHost host) {
        this.host = host;
    }

    public BrowserHost host() {
        return host;
    }

    @Override
    public int id() {
        return host.id();
    }

    @Override
    public void loadURL(String url) {
        if (!host.isClosing()) {
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
    public void onConsoleMessage(Consumer<ConsoleMessage> listener) {
        host.onConsoleMessage(listener);
    }

    @Override
    public void onDidFinishLoad(Runnable listener) {
        host.onMainFrameLoaded(b -> listener.run());
    }

    @Override
    public void onDestroyed(Runnable listener) {
        host.onClosed(listener);
    }

    @Override
    public String toString() {
        return "WebContents#" + id();
    }
}
