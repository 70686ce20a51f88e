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

    @Override
    public WebFrameMain senderFrame() {
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
