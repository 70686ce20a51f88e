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
        if (dispatching) {
            return frame; // while its listeners run, even a frame that is going away (see WebFrameMain.detached)
        }
        return frame.detached() ? null : frame;
    }

    /** True while the dispatcher runs this event's listeners or handler. */
    volatile boolean dispatching;

    @Override
    public String frameId() {
        return frame.frameId();
    }

    @Override
    public int processId() {
        return page.processId();
    }
}
