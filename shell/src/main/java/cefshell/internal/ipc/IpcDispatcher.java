package cefshell.internal.ipc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.IntFunction;

import cefshell.IpcHandler;
import cefshell.IpcListener;
import cefshell.IpcMessageListener;
import cefshell.JsError;

/**
 * How a message reaches user code — the one place that decides it (Electron's ipc-dispatch).
 *
 * <p>send / sendSync: every one of, in order, the page's {@code ipc-message} (or {@code ipc-message-sync})
 * listeners, the sending frame's {@code ipc()}, {@code webContents.ipc()}, then {@code ipcMain}.
 * invoke: the first handler found in frame, webContents, ipcMain order answers; the others are not called.
 * sendSync: answered by the first {@code setReturnValue}; with no listener at all Electron's warning is logged and
 * {@code {error: 'reply was never sent'}} returned at once; with listeners that never answer, the same object when
 * the sendSync timeout (counted by {@link Inbound} from the message's arrival) runs out. Runs on the sending
 * document's lane, so one document's messages reach user code one at a time, in order; invoke handlers may answer
 * later through a CompletionStage.
 */
public final class IpcDispatcher {
    private static final System.Logger LOG = System.getLogger("cefshell.ipc");
    private static final java.lang.ref.Cleaner DROPPED_STAGES = java.lang.ref.Cleaner.create();

    private final IpcMainImpl ipcMain;
    private final IntFunction<PageIpc> pagesById;
    private final HostRelay hostRelay;

    /** @param pagesById finds a page by webContents id, for {@code sendTo} */
    public IpcDispatcher(IpcMainImpl ipcMain, IntFunction<PageIpc> pagesById) {
        this(ipcMain, pagesById, HostRelay.NONE);
    }

    /** @param hostRelay where {@code sendToHost} and {@code <webview>} element operations go */
    public IpcDispatcher(IpcMainImpl ipcMain, IntFunction<PageIpc> pagesById, HostRelay hostRelay) {
        this.ipcMain = ipcMain;
        this.pagesById = pagesById;
        this.hostRelay = hostRelay;
    }

    void dispatch(PageIpc page, FrameRef from, IncomingMessage m, Reply reply) {
        dispatch(page, from, null, m, reply);
    }

    /** @param docId the sending document (ports are bound to it) */
    void dispatch(PageIpc page, FrameRef from, String docId, IncomingMessage m, Reply reply) {
        WebFrameMainImpl frame = new WebFrameMainImpl(page, from);
        IpcArgsImpl args = new IpcArgsImpl(m.args());
        switch (m.kind()) {
            case SEND -> {
                if (!deliver(page, frame, m.channel(), args, new MainEventImpl(page, frame, null), false)) {
                    reply.unheard();
                }
            }
            case SYNC -> dispatchSync(page, frame, m.channel(), args, reply);
            case INVOKE -> dispatchInvoke(page, frame, m.channel(), args, reply);
            case SEND_TO -> {
                PageIpc target = m.extra() instanceof Double id ? pagesById.apply(id.intValue()) : null;
                if (target != null) {
                    target.sendFrom(page.webContents().id(), from.isMain(), m.channel(), m.args());
                }
            }
            case TO_HOST -> {
                // Electron drops it silently (nobody listens outside a guest); a warning helps whoever expected ipcMain
                if (!hostRelay.sendToHost(page, frame, m.channel(), m.args())) {
                    PageIpc.log("sendToHost('" + m.channel() + "') from WebContents #" + page.webContents().id()
                            + ", which is not in a <webview>: dropped (sendToHost never reaches ipcMain)");
                }
            }
            case WEBVIEW -> hostRelay.webview(page, frame, m.channel(), m.args(), reply);
            case POST_MESSAGE -> postMessage(page, frame, from, docId, m, args);
            case PORT_MESSAGE -> PortRelays.current().message(page.portLink(), from.frameId(), docId, m.channel(),
                    m.args().get(0), m.portIds());
            case PORT_CLOSE -> PortRelays.current().closed(page.portLink(), from.frameId(), docId, m.channel());
            case PORT_BIND -> PortRelays.current().bind(page.portLink(), from.frameId(), docId, m.channel());
        }
    }

    /** {@code ipcRenderer.postMessage}: the cascade of send, with the ports on the event and no reply. */
    private void postMessage(PageIpc page, WebFrameMainImpl frame, FrameRef from, String docId, IncomingMessage m,
                             IpcArgsImpl args) {
        java.util.List<cefshell.MessagePortMain> ports;
        try {
            ports = PortRelays.current().adopt(page.portLink(), from.frameId(), docId, m.portIds());
        } catch (IllegalArgumentException e) {
            PageIpc.log("refused ipcRenderer.postMessage('" + m.channel() + "') of WebContents #"
                    + page.webContents().id() + ": " + e.getMessage());
            return;
        }
        deliver(page, frame, m.channel(), args, new MainEventImpl(page, frame, null, ports), false);
    }

    /** The emitters in delivery order; the frame's scoped ipc only if someone created it. */
    private List<IpcMainImpl> emitters(PageIpc page, WebFrameMainImpl frame) {
        List<IpcMainImpl> list = new ArrayList<>(3);
        IpcMainImpl frameIpc = page.frameIpcIfAny(frame.frameId());
        if (frameIpc != null) {
            list.add(frameIpc);
        }
        list.add(page.ipcImpl());
        list.add(ipcMain);
        return list;
    }

    /** Returns true if anyone listened. */
    private boolean deliver(PageIpc page, WebFrameMainImpl frame, String channel, IpcArgsImpl args,
                            MainEventImpl event, boolean sync) {
        event.dispatching = true;
        try {
            return deliverToListeners(page, frame, channel, args, event, sync);
        } finally {
            event.dispatching = false;
        }
    }

    private boolean deliverToListeners(PageIpc page, WebFrameMainImpl frame, String channel, IpcArgsImpl args,
                                       MainEventImpl event, boolean sync) {
        boolean heard = false;
        for (IpcMessageListener l : page.messageListeners(sync)) {
            heard = true;
            try {
                l.onMessage(event, channel, args);
            } catch (Throwable t) {
                logListenerError(channel, t);
            }
        }
        for (IpcMainImpl emitter : emitters(page, frame)) {
            heard |= emitter.hasListeners(channel);
            for (IpcListener l : emitter.take(channel)) {
                try {
                    l.onMessage(event, args);
                } catch (Throwable t) {
                    logListenerError(channel, t);
                }
            }
        }
        return heard;
    }

    private void dispatchSync(PageIpc page, WebFrameMainImpl frame, String channel, IpcArgsImpl args, Reply reply) {
        MainEventImpl event = new MainEventImpl(page, frame, reply);
        boolean heard = deliver(page, frame, channel, args, event, true);
        if (!heard) {
            reply.unheard();
            LOG.log(System.Logger.Level.WARNING, "WebContents #" + page.webContents().id() + " called ipcRenderer.sendSync() with '"
                    + channel + "' channel without listeners.");
            event.answerNeverSent();
        }
    }

    private void dispatchInvoke(PageIpc page, WebFrameMainImpl frame, String channel, IpcArgsImpl args, Reply reply) {
        IpcHandler handler = null;
        for (IpcMainImpl emitter : emitters(page, frame)) {
            handler = emitter.handler(channel);
            if (handler != null) {
                break;
            }
        }
        if (handler == null) {
            reply.unheard();
            reply.error("Error: No handler registered for '" + channel + "'");
            return;
        }
        Object result;
        InvokeEventImpl event = new InvokeEventImpl(page, frame);
        event.dispatching = true;
        try {
            result = handler.handle(event, args);
        } catch (Throwable t) {
            replyWithError(channel, t, reply);
            return;
        } finally {
            event.dispatching = false;
        }
        if (result instanceof CompletionStage<?> stage) {
            // Electron: a reply that can no longer be sent (the handler's future was dropped and garbage-collected)
            // rejects the page's promise with 'reply was never sent'. The action holds the reply, not the stage.
            java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
            DROPPED_STAGES.register(stage, () -> {
                if (!settled.get()) {
                    reply.error("reply was never sent");
                }
            });
            stage.whenComplete((value, error) -> {
                settled.set(true);
                if (error != null) {
                    replyWithError(channel, unwrap(error), reply);
                } else {
                    reply.result(value);
                }
            });
        } else {
            reply.result(result);
        }
    }

    private static void replyWithError(String channel, Throwable t, Reply reply) {
        LOG.log(System.Logger.Level.ERROR, "Error occurred in handler for '" + channel + "': " + t, t);
        reply.error(errorText(t));
    }

    /**
     * What Electron sends for a thrown error: its JavaScript toString, e.g. {@code Error: boom}. A Java exception
     * without a message crosses with its class name ({@code Error: java.util.concurrent.TimeoutException}), so the
     * page learns more than a bare "Error".
     */
    static String errorText(Throwable t) {
        String name = t instanceof JsError js ? js.name() : "Error";
        String message = t.getMessage();
        if (message == null || message.isEmpty()) {
            return t instanceof JsError ? name : name + ": " + t.getClass().getName();
        }
        return name + ": " + message;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void logListenerError(String channel, Throwable t) {
        LOG.log(System.Logger.Level.ERROR, "Error occurred in listener for '" + channel + "': " + t, t);
    }
}
