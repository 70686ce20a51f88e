package cefshell.internal.ipc;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import cefshell.IpcMainEvent;
import cefshell.MessagePortMain;

/** The event passed to send/sendSync listeners; for sendSync it carries the reply channel. */
final class MainEventImpl extends InvokeEventImpl implements IpcMainEvent {
    /** What a sendSync returns when no listener set a return value (Electron's text). */
    static final java.util.Map<String, Object> NEVER_SENT = java.util.Map.of("error", "reply was never sent");

    private final Reply syncReply;
    private final AtomicBoolean answered = new AtomicBoolean();
    /** The ports of an {@code ipcRenderer.postMessage}; null for send and sendSync. */
    private final List<MessagePortMain> ports;

    MainEventImpl(PageIpc page, WebFrameMainImpl frame, Reply syncReply) {
        this(page, frame, syncReply, null);
    }

    MainEventImpl(PageIpc page, WebFrameMainImpl frame, Reply syncReply, List<MessagePortMain> ports) {
        super(page, frame);
        this.syncReply = syncReply;
        this.ports = ports == null ? null : List.copyOf(ports);
    }

    @Override
    public void reply(String channel, Object... args) {
        if (ports != null) { // Electron's event of a postMessage has no reply()
            throw new UnsupportedOperationException("event.reply is not available for ipcRenderer.postMessage");
        }
        page.push().send(frame.frameId(), channel, args, null, false);
    }

    @Override
    public List<MessagePortMain> ports() {
        return ports == null ? List.of() : ports;
    }

    @Override
    public void setReturnValue(Object value) {
        if (syncReply != null && answered.compareAndSet(false, true)) {
            syncReply.result(value);
        }
    }

    @Override
    public boolean isSync() {
        return syncReply != null;
    }

    boolean isAnswered() {
        return answered.get();
    }

    /** Answers with Electron's "reply was never sent" object if nobody has answered yet. */
    void answerNeverSent() {
        if (syncReply != null && answered.compareAndSet(false, true)) {
            syncReply.result(NEVER_SENT);
        }
    }
}
