package cefshell.internal.ipc;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads of the IPC layer. User listeners and handlers run on the "cefshell-ipc-N" pool (one document's messages
 * one at a time, see {@link FrameLane}; idle threads park at once, see {@link HandlerPool}); pushes to pages are built on one "cefshell-push" thread, which keeps them in
 * order; timers (sendSync timeouts, lost-message gaps) on "cefshell-ipc-timer".
 */
public final class IpcThreads {
    private static final AtomicInteger N = new AtomicInteger();
    static final HandlerPool HANDLERS = new HandlerPool("cefshell-ipc-", HandlerPool.spinMicrosFromProperty());
    static final ExecutorService PUSH = Executors.newSingleThreadExecutor(r -> daemon(r, "cefshell-push"));
    public static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "cefshell-ipc-timer"));

    private IpcThreads() {
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
