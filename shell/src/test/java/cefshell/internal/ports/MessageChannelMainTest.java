package cefshell.internal.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cefshell.MessageChannelMain;
import cefshell.MessageEvent;
import cefshell.MessagePortMain;

/** Java ports among themselves, without Chromium: Electron's MessageChannelMain cases that need no page. */
class MessageChannelMainTest {
    private static MessageEvent next(BlockingQueue<MessageEvent> q) throws InterruptedException {
        MessageEvent e = q.poll(5, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no message within 5 s");
        }
        return e;
    }

    private static BlockingQueue<MessageEvent> listen(MessagePortMain p) {
        BlockingQueue<MessageEvent> q = new LinkedBlockingQueue<>();
        p.onMessage(q::add);
        return q;
    }

    @Test
    void messagesWaitForStartThenArriveInOrderAsCopies() throws Exception {
        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<MessageEvent> got = listen(ch.port2());
        List<Object> list = new ArrayList<>(List.of(1, 2));
        ch.port1().postMessage(list);
        ch.port1().postMessage("two");
        ch.port1().postMessage(new byte[] {1, 2, 3});
        list.add(3); // the message was cloned when posted
        Thread.sleep(50);
        assertTrue(got.isEmpty(), "nothing before start()");
        ch.port2().start();
        assertEquals(List.of(1.0, 2.0), next(got).data());
        assertEquals("two", next(got).data());
        assertTrue(Arrays.equals(new byte[] {1, 2, 3}, (byte[]) next(got).data()));
    }

    @Test
    void tenThousandInterleavedMessagesOnTwoChannelsArriveInOrder() throws Exception {
        MessageChannelMain a = new MessageChannelMain();
        MessageChannelMain b = new MessageChannelMain();
        List<Object> ga = Collections.synchronizedList(new ArrayList<>());
        List<Object> gb = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(2);
        a.port2().onMessage(e -> { ga.add(e.data()); if (ga.size() == 10_000) done.countDown(); }).start();
        b.port2().onMessage(e -> { gb.add(e.data()); if (gb.size() == 10_000) done.countDown(); }).start();
        for (int i = 0; i < 10_000; i++) {
            a.port1().postMessage(i);
            b.port1().postMessage(-i);
        }
        assertTrue(done.await(20, TimeUnit.SECONDS));
        for (int i = 0; i < 10_000; i++) {
            assertEquals((double) i, ga.get(i));
            assertEquals((double) -i, gb.get(i));
        }
    }

    @Test
    void closeEmitsCloseOnBothEndsOnceAndLaterUseIsANoOp() throws Exception {
        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<String> closes = new LinkedBlockingQueue<>();
        ch.port1().onClose(() -> closes.add("1"));
        ch.port2().onClose(() -> closes.add("2"));
        ch.port2().start();
        ch.port1().close();
        List<String> seen = new ArrayList<>();
        seen.add(closes.poll(5, TimeUnit.SECONDS));
        seen.add(closes.poll(5, TimeUnit.SECONDS));
        Collections.sort(seen);
        assertEquals(List.of("1", "2"), seen);
        ch.port1().close();
        ch.port1().postMessage("ignored");
        ch.port2().postMessage("ignored");
        ch.port2().close();
        Thread.sleep(50);
        assertTrue(closes.isEmpty(), "close fires once per port");
    }

    @Test
    void aPeersCloseWaitsBehindQueuedMessagesUntilStart() throws Exception {
        MessageChannelMain ch = new MessageChannelMain();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch closed = new CountDownLatch(1);
        ch.port2().onMessage(e -> events.add("m:" + e.data())).onClose(() -> { events.add("close"); closed.countDown(); });
        ch.port1().postMessage("a");
        ch.port1().postMessage("b");
        ch.port1().close();
        Thread.sleep(50);
        assertEquals(List.of(), events);
        ch.port2().start();
        assertTrue(closed.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("m:a", "m:b", "close"), events);
    }

    @Test
    void transferListErrorsUseElectronsTexts() {
        MessageChannelMain ch = new MessageChannelMain();
        MessageChannelMain other = new MessageChannelMain();
        MessagePortMain p = ch.port1();
        assertEquals("Port at index 0 is not a valid port", assertThrows(IllegalArgumentException.class,
                () -> p.postMessage("x", Arrays.asList((MessagePortMain) null))).getMessage());
        assertEquals("Port at index 0 contains the source port.", assertThrows(IllegalArgumentException.class,
                () -> p.postMessage("x", List.of(p))).getMessage());
        assertEquals("Port at index 1 is a duplicate.", assertThrows(IllegalArgumentException.class,
                () -> p.postMessage("x", List.of(other.port1(), other.port1()))).getMessage());
        assertEquals("transferables must be an array of MessagePorts", assertThrows(IllegalArgumentException.class,
                () -> p.postMessage("x", null)).getMessage());
        assertEquals("An object could not be cloned.", assertThrows(IllegalArgumentException.class,
                () -> p.postMessage(Object.class)).getMessage());
        p.postMessage("moves it", List.of(other.port1()));
        assertEquals("Port at index 0 is already neutered.", assertThrows(IllegalArgumentException.class,
                () -> p.postMessage("x", List.of(other.port1()))).getMessage());
        MessagePortMain closed = new MessageChannelMain().port1();
        closed.close();
        assertEquals("Port at index 0 is already neutered.", assertThrows(IllegalArgumentException.class,
                () -> p.postMessage("x", List.of(closed))).getMessage());
    }

    @Test
    void aTransferredPortKeepsItsPeerAndWhatWasQueuedForIt() throws Exception {
        MessageChannelMain carrier = new MessageChannelMain();
        MessageChannelMain moved = new MessageChannelMain();
        moved.port1().postMessage("queued before the move");
        BlockingQueue<MessageEvent> got = listen(carrier.port2());
        carrier.port2().start();
        carrier.port1().postMessage(Map.of("k", "v"), List.of(moved.port2()));
        MessageEvent e = next(got);
        assertEquals(Map.of("k", "v"), e.data());
        assertEquals(1, e.ports().size());
        MessagePortMain arrived = e.ports().get(0);
        BlockingQueue<MessageEvent> onArrived = listen(arrived);
        arrived.start();
        moved.port1().postMessage("after the move");
        assertEquals("queued before the move", next(onArrived).data());
        assertEquals("after the move", next(onArrived).data());
        BlockingQueue<MessageEvent> back = listen(moved.port1());
        moved.port1().start();
        arrived.postMessage("reply");
        assertEquals("reply", next(back).data());
        moved.port2().postMessage("the moved port is neutered: a no-op");
        moved.port2().start();
        moved.port2().close();
    }

    @Test
    void anUnstartedPortNobodyHoldsClosesItsPeerWhenCollected() throws Exception {
        MessagePortMain kept = orphanedChannel();
        CountDownLatch closed = new CountDownLatch(1);
        kept.onClose(closed::countDown).start();
        for (int i = 0; i < 100 && closed.getCount() > 0; i++) {
            System.gc();
            closed.await(50, TimeUnit.MILLISECONDS);
        }
        assertEquals(0, closed.getCount(), "the collected end's peer got close");
    }

    @Test
    void aStartedPortIsNotCollected() throws Exception {
        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<MessageEvent> got = listen(ch.port2());
        ch.port2().start();
        MessagePortMain sender = ch.port1();
        ch = null;
        CountDownLatch closed = new CountDownLatch(1);
        sender.onClose(closed::countDown);
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }
        sender.postMessage("still there");
        assertEquals("still there", next(got).data());
        assertEquals(1, closed.getCount());
    }

    // Electron api-ipc-spec, MessageChannelMain: "can be created", "should not throw when supported values are passed
    // as message" (Java has no postMessage() without a message: null and Undefined stand for it)
    @Test
    void aChannelIsCreatedAndTakesEverySupportedValue() throws Exception {
        MessageChannelMain ch = new MessageChannelMain();
        assertTrue(ch.port1() != null && ch.port2() != null && ch.port1() != ch.port2());
        BlockingQueue<MessageEvent> got = listen(ch.port2());
        ch.port2().start();
        List<Object> values = Arrays.asList(null, cefshell.Undefined.INSTANCE, 42, false, List.of(), "hello",
                Map.of("hello", "goodbye"));
        for (Object v : values) {
            ch.port1().postMessage(v);
        }
        List<Object> arrived = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            arrived.add(next(got).data());
        }
        assertEquals(Arrays.asList(null, cefshell.Undefined.INSTANCE, 42.0, false, List.of(), "hello",
                Map.of("hello", "goodbye")), arrived);
    }

    // "throws an error when an invalid parameter is sent to postMessage": an ArrayBuffer, '1' or a Date in the
    // transfer list. Java's types forbid it; a list filled through raw types can still carry them.
    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aTransferListHoldingWhatIsNotAPortIsRefused() {
        MessagePortMain p = new MessageChannelMain().port1();
        for (Object notAPort : new Object[] {java.nio.ByteBuffer.allocate(10), "1", new java.util.Date()}) {
            List polluted = new ArrayList();
            polluted.add(notAPort);
            assertEquals("Port at index 0 is not a valid port", assertThrows(IllegalArgumentException.class,
                    () -> p.postMessage(null, polluted)).getMessage());
        }
    }

    // "can send messages to a closed port", "can send messages to a port whose remote end is closed"
    @Test
    void postingToAClosedPortOrOneWhoseRemoteIsClosedDeliversNothing() throws Exception {
        MessageChannelMain a = new MessageChannelMain();
        BlockingQueue<MessageEvent> onA2 = listen(a.port2());
        a.port2().start();
        a.port1().close();
        a.port1().postMessage("hello");
        MessageChannelMain b = new MessageChannelMain();
        BlockingQueue<MessageEvent> onB2 = listen(b.port2());
        b.port2().start();
        b.port2().close();
        b.port1().postMessage("hello");
        Thread.sleep(100);
        assertTrue(onA2.isEmpty() && onB2.isEmpty(), "no message was delivered");
    }

    private static MessagePortMain orphanedChannel() {
        return new MessageChannelMain().port1(); // port2 is dropped without being started
    }
}
