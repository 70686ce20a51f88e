package cefshell.internal.ipc;

import java.util.concurrent.atomic.AtomicBoolean;

import cefshell.IpcMainEvent;

/** The event passed to send/sendSync listeners; for sendSync it carries the reply channel. */
final class MainEventImpl extends InvokeEventImpl implements IpcMainEvent {
    /** What a sendSync returns when no listener set a return value (Electron's text). */
    static final java.util.Map<String, Object> NEVER_SENT = java.util.Map.of("error", "reply was never sent");

    private final Reply syncReply;
    private final AtomicBoolean answered = new AtomicBoolean();

    MainEventImpl(PageIpc page, WebFrameMainImpl frame, Reply syncReply) {
        super(page, frame);
        this.syncReply = syncReply;
    }

    @Override
    public void reply(String channel, Object... args) {
        page.push().send(frame.frameId(), channel, args, null, false);
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
