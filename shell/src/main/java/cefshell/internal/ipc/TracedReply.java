package cefshell.internal.ipc;

import java.util.concurrent.atomic.AtomicBoolean;

/** A reply that also tells an {@link IpcTrace.Watch} how its message ended; made only while tracing. */
final class TracedReply implements Reply {
    /** Marks a sendSync whose timer fired before the lane reached it. */
    static final TracedReply TIMED_OUT = new TracedReply(Reply.NONE, null);

    private final Reply target;
    private final IpcTrace.Watch watch;
    private final AtomicBoolean told = new AtomicBoolean();
    private volatile boolean heard = true;

    TracedReply(Reply target, IpcTrace.Watch watch) {
        this.target = target;
        this.watch = watch;
    }

    @Override
    public void result(Object value) {
        if (told.compareAndSet(false, true)) {
            watch.answered(value, heard);
        }
        target.result(value);
    }

    @Override
    public void error(String errorText) {
        if (told.compareAndSet(false, true)) {
            watch.failed(errorText, heard);
        }
        target.error(errorText);
    }

    @Override
    public void unheard() {
        heard = false;
    }

    /** A send: after its listeners ran. */
    void delivered() {
        if (told.compareAndSet(false, true)) {
            watch.delivered(heard);
        }
    }

    /** A sendSync answered by the timer, not by this reply. */
    void timedOut() {
        if (told.compareAndSet(false, true)) {
            watch.timedOut();
        }
    }
}
