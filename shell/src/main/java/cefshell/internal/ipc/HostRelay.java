package cefshell.internal.ipc;

import java.util.List;

import cefshell.WebFrameMain;

/**
 * Where the IPC core hands {@code <webview>} traffic: a guest's {@code ipcRenderer.sendToHost} and the host page's
 * element operations ({@link MessageKind#WEBVIEW}). The core declares it and never knows who implements it (the guest
 * package does); neither kind ever reaches ipcMain.
 */
public interface HostRelay {
    /**
     * A guest page's {@code sendToHost}.
     *
     * @return false when {@code from} is not a guest: the message is then dropped with a warning
     */
    boolean sendToHost(PageIpc from, WebFrameMain frame, String channel, List<Object> args);

    /** A {@code <webview>} operation named {@code op} from a page; answered exactly once through {@code reply}. */
    void webview(PageIpc from, WebFrameMain frame, String op, List<Object> args, Reply reply);

    /** No guests at all: sendToHost is dropped, element operations are refused. */
    HostRelay NONE = new HostRelay() {
        @Override
        public boolean sendToHost(PageIpc from, WebFrameMain frame, String channel, List<Object> args) {
            return false;
        }

        @Override
        public void webview(PageIpc from, WebFrameMain frame, String op, List<Object> args, Reply reply) {
            reply.error("Error: <webview> is not available");
        }
    };
}
