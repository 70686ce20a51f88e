package cefshell.internal.ipc;

import static cefshell.internal.ipc.IpcCoreFixtures.MAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** Electron's delivery order and answers, checked with a recording reply and no Chromium. */
class IpcDispatcherTest {
    private final IpcMainImpl ipcMain = new IpcMainImpl();
    private final PageIpc page = IpcCoreFixtures.page(7);
    private final IpcDispatcher dispatcher = new IpcDispatcher(ipcMain, id -> null);
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    private static IncomingMessage message(MessageKind kind, String channel, Object... args) {
        return new IncomingMessage(kind, channel, List.of(args), null);
    }

    private static final class RecordingReply implements Reply {
        final List<String> got = new ArrayList<>();

        @Override
        public void result(Object value) {
            got.add("result:" + value);
        }

        @Override
        public void error(String errorText) {
            got.add("error:" + errorText);
        }
    }

    @Test
    void aSendReachesPageListenersThenFrameThenWebContentsThenIpcMain() {
        page.onIpcMessage((e, channel, a) -> calls.add("ipc-message " + channel));
        ipcMain.on("c", (e, a) -> calls.add("ipcMain"));
        page.ipcImpl().on("c", (e, a) -> calls.add("webContents"));
        page.frameIpc(MAIN.frameId()).on("c", (e, a) -> calls.add("frame"));
        dispatcher.dispatch(page, MAIN, message(MessageKind.SEND, "c"), Reply.NONE);
        assertEquals(List.of("ipc-message c", "frame", "webContents", "ipcMain"), calls);
    }

    @Test
    void anInvokeIsAnsweredByTheFirstHandlerOnly() {
        ipcMain.handle("h", (e, a) -> "ipcMain");
        page.ipcImpl().handle("h", (e, a) -> "webContents " + a.get(0, String.class));
        RecordingReply reply = new RecordingReply();
        dispatcher.dispatch(page, MAIN, message(MessageKind.INVOKE, "h", "x"), reply);
        assertEquals(List.of("result:webContents x"), reply.got);
    }

    @Test
    void anInvokeWithoutHandlerGetsElectronsError() {
        RecordingReply reply = new RecordingReply();
        dispatcher.dispatch(page, MAIN, message(MessageKind.INVOKE, "none"), reply);
        assertEquals(List.of("error:Error: No handler registered for 'none'"), reply.got);
    }

    @Test
    void aThrowingHandlerSendsItsTextAndAnEmptyMessageStillNamesTheClass() {
        ipcMain.handle("boom", (e, a) -> {
            throw new IllegalStateException("bad state");
        });
        ipcMain.handle("empty", (e, a) -> {
            throw new java.util.concurrent.TimeoutException();
        });
        RecordingReply r1 = new RecordingReply();
        RecordingReply r2 = new RecordingReply();
        dispatcher.dispatch(page, MAIN, message(MessageKind.INVOKE, "boom"), r1);
        dispatcher.dispatch(page, MAIN, message(MessageKind.INVOKE, "empty"), r2);
        assertEquals(List.of("error:Error: bad state"), r1.got);
        assertEquals(List.of("error:Error: java.util.concurrent.TimeoutException"), r2.got);
    }

    @Test
    void anAsyncHandlerAnswersWhenItsStageCompletes() {
        CompletableFuture<Object> later = new CompletableFuture<>();
        ipcMain.handle("later", (e, a) -> later);
        RecordingReply reply = new RecordingReply();
        dispatcher.dispatch(page, MAIN, message(MessageKind.INVOKE, "later"), reply);
        assertEquals(List.of(), reply.got);
        later.complete(42);
        assertEquals(List.of("result:42"), reply.got);
    }

    @Test
    void aSendSyncWithoutListenersIsAnsweredAtOnceWithElectronsObject() {
        RecordingReply reply = new RecordingReply();
        dispatcher.dispatch(page, MAIN, message(MessageKind.SYNC, "nobody"), reply);
        assertEquals(List.of("result:{error=reply was never sent}"), reply.got);
    }

    @Test
    void aSendSyncTakesTheFirstReturnValue() {
        ipcMain.on("s", (e, a) -> e.setReturnValue("first"));
        page.ipcImpl().on("s", (e, a) -> calls.add("webContents saw it"));
        ipcMain.on("s", (e, a) -> e.setReturnValue("second"));
        RecordingReply reply = new RecordingReply();
        dispatcher.dispatch(page, MAIN, message(MessageKind.SYNC, "s"), reply);
        assertEquals(List.of("result:first"), reply.got);
        assertTrue(calls.contains("webContents saw it"));
    }

    @Test
    void onceListenersRunOnce() {
        ipcMain.once("o", (e, a) -> calls.add("once"));
        dispatcher.dispatch(page, MAIN, message(MessageKind.SEND, "o"), Reply.NONE);
        dispatcher.dispatch(page, MAIN, message(MessageKind.SEND, "o"), Reply.NONE);
        assertEquals(List.of("once"), calls);
    }
}
