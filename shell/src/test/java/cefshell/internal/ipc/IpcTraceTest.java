package cefshell.internal.ipc;

import static cefshell.internal.ipc.IpcCoreFixtures.MAIN;
import static cefshell.internal.ipc.IpcCoreFixtures.envelope;
import static cefshell.internal.ipc.IpcCoreFixtures.invokeEnvelope;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cefshell.internal.ipc.IpcCoreFixtures.Recorded;

/** The IPC core's trace hook, without Chromium: what it is told about each message, and how each one ended. */
class IpcTraceTest {
    private final IpcMainImpl ipcMain = new IpcMainImpl();
    private final PageIpc page = IpcCoreFixtures.page(3);
    private final Inbound inbound = new Inbound(new IpcDispatcher(ipcMain, id -> null), 300);
    private final List<String> told = Collections.synchronizedList(new ArrayList<>());

    IpcTraceTest() {
        inbound.trace(m -> {
            told.add("arrived " + m.kind() + " " + m.channel() + " wc#" + m.webContentsId() + " " + m.via()
                    + " batch " + m.batch());
            return new IpcTrace.Watch() {
                @Override
                public void delivered(boolean heard) {
                    told.add(m.channel() + " delivered heard=" + heard);
                }

                @Override
                public void answered(Object value, boolean heard) {
                    told.add(m.channel() + " answered " + value + " heard=" + heard);
                }

                @Override
                public void failed(String errorText, boolean heard) {
                    told.add(m.channel() + " failed " + errorText + " heard=" + heard);
                }

                @Override
                public void timedOut() {
                    told.add(m.channel() + " timed out");
                }
            };
        });
    }

    @Test
    void sendsSayWhetherAnyoneListened() {
        ipcMain.on("heard", (e, a) -> { });
        Recorded r = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY, envelope(1, "[0,\"heard\",[]]", "[0,\"unheard\",[1]]"), r);
        assertEquals("accepted", r.await());
        assertEquals(List.of("arrived send heard wc#3 QUERY batch 2", "heard delivered heard=true",
                "arrived send unheard wc#3 QUERY batch 2", "unheard delivered heard=false"), told);
    }

    @Test
    void invokesSayWhatTheyAnsweredOrWhyTheyFailed() {
        ipcMain.handle("add", (e, a) -> 5);
        ipcMain.handle("boom", (e, a) -> { throw new IllegalStateException("boom"); });
        List<String> channels = List.of("add", "boom", "nobody");
        for (int i = 0; i < channels.size(); i++) {
            Recorded r = new Recorded();
            inbound.acceptText(page, MAIN, TransportKind.QUERY, invokeEnvelope(i + 1,
                    "[1,\"" + channels.get(i) + "\",[]]"), r);
            r.await();
        }
        assertEquals(List.of("arrived invoke add wc#3 QUERY batch 1", "add answered 5 heard=true",
                "arrived invoke boom wc#3 QUERY batch 1", "boom failed Error: boom heard=true",
                "arrived invoke nobody wc#3 QUERY batch 1",
                "nobody failed Error: No handler registered for 'nobody' heard=false"), told);
    }

    @Test
    void aSendSyncWithoutListenersAndOneAnsweredByItsTimeout() throws Exception {
        Recorded none = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.SYNC_XHR, envelope(1, "[2,\"none\",[]]"), none);
        assertEquals("value:{error=reply was never sent}", none.await());
        CountDownLatch release = new CountDownLatch(1);
        ipcMain.on("slow", (e, a) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            e.setReturnValue("too late");
        });
        Recorded slow = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.SYNC_XHR, envelope(2, "[2,\"slow\",[]]"), slow);
        assertEquals("value:{error=reply was never sent}", slow.await());
        release.countDown();
        Thread.sleep(100);
        assertEquals(List.of("arrived sendSync none wc#3 SYNC_XHR batch 1",
                "none answered {error=reply was never sent} heard=false",
                "arrived sendSync slow wc#3 SYNC_XHR batch 1", "slow timed out"), told);
    }

    @Test
    void aSendSyncWhoseTimeoutCameBeforeItReachedItsListenersSaysTimedOutOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ipcMain.on("block", (e, a) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        ipcMain.on("sync", (e, a) -> e.setReturnValue("ok"));
        inbound.acceptText(page, MAIN, TransportKind.QUERY, envelope(1, "[0,\"block\",[]]"), new Recorded());
        Recorded r = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.SYNC_XHR, envelope(2, "[2,\"sync\",[]]"), r);
        assertEquals("value:{error=reply was never sent}", r.await());
        release.countDown();
        Thread.sleep(100);
        assertEquals(List.of("arrived send block wc#3 QUERY batch 1", "block delivered heard=true",
                "arrived sendSync sync wc#3 SYNC_XHR batch 1", "sync timed out"), told);
    }
}
