package cefshell.internal.ipc;

/** What code outside the IPC core may ask of the lane the calling thread is delivering for. */
public final class Lanes {
    private Lanes() {
    }

    /**
     * Called by a handler that is about to wait for its own page (e.g. on {@code executeJavaScript}): the messages
     * after the one being handled go on being delivered, on another thread, while it waits. Without this, a script that
     * sends a sendSync back would queue behind the waiting handler forever. No effect outside a handler.
     */
    public static void yieldCurrent() {
        FrameLane.yieldCurrent();
    }
}
