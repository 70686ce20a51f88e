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
        if (live == null) {
            throw new IllegalStateException("Render frame was disposed before WebFrameMain could be accessed");
        }
        return live.getURL();
    }

    @Override
    public boolean isDestroyed() {
        return page.liveFrame(ref.frameId()) == null;
    }

    @Override
    public boolean detached() {
        CefFrame live = page.liveFrame(ref.frameId());
        if (live == null) {
            return true;
        }
        if (ref.isMain()) { // a main frame being replaced by its successor (another origin's document) is detached
            CefFrame main = page.mainFrame();
            if (main != null && !ref.frameId().equals(main.getIdentifier())) {
                return true;
            }
        }
        String url = live.getURL();
        boolean committed = url != null && !url.isEmpty() && !url.equals("about:blank");
        return committed && !FrameRef.originOf(url).equals(ref.origin());
    }

    @Override
    public String origin() {
        CefFrame live = page.liveFrame(ref.frameId());
        return FrameRef.originOf(live != null ? live.getURL() : ref.url());
    }

    /** The origin the frame had when the message was sent (its live URL may have moved on since). */
    String sentFromOrigin() {
        return ref.origin();
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
    public java.util.concurrent.CompletableFuture<Object> executeJavaScript(String code) {
        return page.frameScripts().execute(ref.frameId(), code);
    }

    @Override
    public WebFrameMain top() {
        CefFrame main = page.mainFrame();
        return main == null ? null : new WebFrameMainImpl(page, FrameRef.of(main));
    }

    @Override
    public java.util.List<WebFrameMain> frames() {
        java.util.List<WebFrameMain> children = new java.util.ArrayList<>();
        for (FrameRef f : page.liveFrames()) {
            if (ref.frameId().equals(f.parentId())) {
                children.add(new WebFrameMainImpl(page, f));
            }
        }
        return children;
    }

    @Override
    public java.util.List<WebFrameMain> framesInSubtree() {
        java.util.List<FrameRef> all = page.liveFrames();
        java.util.List<WebFrameMain> subtree = new java.util.ArrayList<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(java.util.List.of(ref.frameId()));
        subtree.add(this);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            for (FrameRef f : all) {
                if (id.equals(f.parentId())) {
                    subtree.add(new WebFrameMainImpl(page, f));
                    todo.add(f.frameId());
                }
            }
        }
        return subtree;
    }

    @Override
    public void send(String channel, Object... args) {
        page.push().send(ref.frameId(), channel, args, null, false);
    }

    @Override
    public IpcMain ipc() {
        return page.frameIpc(ref.frameId());
    }

    @Override
    public String toString() {
        return "WebFrameMain[" + ref.frameId() + " " + ref.url() + "]";
    }

    @Override
    public void postMessage(String channel, Object message, java.util.List<? extends cefshell.MessagePortMain> transfer) {
        page.postMessage(ref.frameId(), channel, message, transfer);
    }
}
