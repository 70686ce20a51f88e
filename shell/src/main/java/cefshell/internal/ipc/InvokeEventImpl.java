package cefshell.internal.ipc;

import cefshell.IpcMainInvokeEvent;
import cefshell.WebContents;
import cefshell.WebFrameMain;

/** The event passed to invoke handlers. */
class InvokeEventImpl implements IpcMainInvokeEvent {
    final PageIpc page;
    final WebFrameMainImpl frame;

    InvokeEventImpl(PageIpc page, WebFrameMainImpl frame) {
        this.page = page;
        this.frame = frame;
    }

    @Override
    public WebContents sender() {
        return page.webContents();
    }

    /**
     * The sending frame, or null once it has navigated to another origin or is gone (Electron: the sender's
     * RenderFrameHost no longer exists).
     */
    @Override
    public WebFrameMain senderFrame() {
        org.cef.browser.CefFrame live = page.liveFrame(frame.frameId());
        if (live == null) {
            return null;
        }
        String url = live.getURL();
        boolean committed = url != null && !url.isEmpty() && !url.equals("about:blank");
        if (committed && !FrameRef.originOf(url).equals(frame.sentFromOrigin())) {
            return null;
        }
        return frame;
    }

    @Override
    public String frameId() {
        return frame.frameId();
    }

    @Override
    public int processId() {
        return page.processId();
    }
}
