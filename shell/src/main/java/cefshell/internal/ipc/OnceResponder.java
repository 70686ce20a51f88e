package cefshell.internal.ipc;

import java.util.concurrent.atomic.AtomicBoolean;

/** Passes on the first answer only: a timeout and a late listener may both answer a sendSync. */
final class OnceResponder implements Responder {
    private final Responder target;
    private final AtomicBoolean done = new AtomicBoolean();

    OnceResponder(Responder target) {
        this.target = target;
    }

    @Override
    public void value(Object value) {
        if (done.compareAndSet(false, true)) {
            target.value(value);
        }
    }

    @Override
    public void error(String errorText) {
        if (done.compareAndSet(false, true)) {
            target.error(errorText);
        }
    }

    @Override
    public void accepted() {
        if (done.compareAndSet(false, true)) {
            target.accepted();
        }
    }

    @Override
    public void refused(Refusal refusal) {
        if (done.compareAndSet(false, true)) {
            target.refused(refusal);
        }
    }

    @Override
    public void batch(String items) {
        if (done.compareAndSet(false, true)) {
            target.batch(items);
        }
    }

    @Override
    public boolean carriesBatches() {
        return target.carriesBatches();
    }

    @Override
    public boolean isOpen() {
        return !done.get() && target.isOpen();
    }
}
