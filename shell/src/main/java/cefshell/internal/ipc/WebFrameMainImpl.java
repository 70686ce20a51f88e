package cefshell.internal.ipc;

import org.cef.browser.CefFrame;

import cefshell.IpcMain;
import cefshell.WebFrameMain;

/** A frame of a page, looked up live in CEF by its identifier. */
final class WebFrameMainImpl implements WebFrameMain {
    private final PageIpc page;
    private final FrameRef ref;

    WebFrameMainImpl(PageIpc page, FrameRef ref) {
        this.page = page;
        this.ref = ref;
    }

    @Override
    public String frameId() {
        return ref.frameId();
    }

    @Override
    public int processId() {
        return page.processId();
    }

    @Override
    public String url() {
        CefFrame live = page.liveFrame(ref.frameId());
        return live != null ? live.getURL() : ref.url();
    }

    @Override
    public String origin() {
        return FrameRef.originOf(url());
    }

    @Override
    public boolean isMainFrame() {
        return ref.isMain();
    }

    @Override
    public WebFrameMain parent() {
        if (ref.isMain() || ref.parentId() == null) {
            return null;
        }
        CefFrame parent = page.liveFrame(ref.parentId());
        return parent == null ? null : new WebFrameMainImpl(page, FrameRef.of(parent));
    }

    @Override
    public void send(String channel, Object... args) {
        page.push().send(ref.frameId(), channel, args, null);
    }

    @Override
    public IpcMain ipc() {
        return page.frameIpc(ref.frameId());
    }

    @Override
    public String toString() {
        return "WebFrameMain[" + ref.frameId() + " " + url() + "]";
    }
}
