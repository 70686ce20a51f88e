package cefshell.internal.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A document's lane: order by sequence number, gaps held then skipped, reuse refused, yield, close. */
class FrameLaneTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        threads.shutdownNow();
        timer.shutdownNow();
    }

    private FrameLane lane(long gapMillis) {
        return new FrameLane(threads, timer, gapMillis, log::add);
    }

    /** An arrival of {@code channels.length} sends starting at {@code seq}. */
    private FrameLane.Arrival arrival(long seq, String... channels) {
        List<IncomingMessage> ms = new ArrayList<>();
        for (String c : channels) {
            ms.add(new IncomingMessage(MessageKind.SEND, c, List.of(), null));
        }
        Envelope env = new Envelope(IpcCoreFixtures.DOC, seq, false, ms);
        return new FrameLane.Arrival() {
            @Override
            public Envelope parse() {
                return env;
            }

            @Override
            public void refuse(Refusal r) {
                refused.add(String.join(",", channels) + ":" + r.text());
            }

            @Override
            public void deliver(IncomingMessage m, int index, int count) {
                delivered.add(m.channel());
            }
        };
    }

    private void awaitDelivered(int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (delivered.size() < n && System.nanoTime() < end) {
            Thread.sleep(1);
        }
    }

    @Test
    void deliversBySequenceNumberWhateverTheArrivalOrder() throws Exception {
        FrameLane lane = lane(60_000);
        lane.arrive(arrival(4, "d", "e"));
        lane.arrive(arrival(2, "b", "c"));
        lane.arrive(arrival(1, "a"));
        awaitDelivered(5);
        assertEquals(List.of("a", "b", "c", "d", "e"), delivered);
        assertTrue(lane.isIdle());
    }

    @Test
    void aSequenceNumberUsedTwiceOrFarAheadIsRefused() throws Exception {
        FrameLane lane = lane(60_000);
        lane.arrive(arrival(1, "a", "b"));
        lane.arrive(arrival(2, "again"));
        lane.arrive(arrival(3 + FrameLane.MAX_SEQUENCE_JUMP + 1, "far"));
        lane.arrive(arrival(3, "c"));
        awaitDelivered(3);
        Thread.sleep(50);
        assertEquals(List.of("a", "b", "c"), delivered);
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.get(0).startsWith("again:malformed IPC message: sequence number 2 already used"), refused.toString());
        assertTrue(refused.get(1).contains("out of range"), refused.toString());
    }

    @Test
    void aGapThatNeverFillsIsSkippedAfterTheTimeout() throws Exception {
        FrameLane lane = lane(100);
        lane.arrive(arrival(3, "c"));
        Thread.sleep(30);
        assertEquals(List.of(), delivered, "held while 1..2 are missing");
        awaitDelivered(1);
        assertEquals(List.of("c"), delivered);
        assertTrue(log.get(0).contains("IPC messages 1..2 never arrived"), log.toString());
        lane.arrive(arrival(1, "late"));
        Thread.sleep(50);
        assertEquals(List.of("c"), delivered, "a message of the skipped gap is refused");
        assertEquals(1, refused.size());
    }

    @Test
    void aYieldingHandlerLetsTheNextMessagesGoOn() throws Exception {
        FrameLane lane = lane(60_000);
        CountDownLatch secondDelivered = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Envelope env = new Envelope(IpcCoreFixtures.DOC, 1, false, List.of(
                new IncomingMessage(MessageKind.SEND, "waits", List.of(), null),
                new IncomingMessage(MessageKind.SEND, "next", List.of(), null)));
        lane.arrive(new FrameLane.Arrival() {
            @Override
            public Envelope parse() {
                return env;
            }

            @Override
            public void refuse(Refusal r) {
            }

            @Override
            public void deliver(IncomingMessage m, int index, int count) {
                order.add(m.channel());
                if (m.channel().equals("waits")) {
                    Lanes.yieldCurrent(); // as executeJavaScript does before a handler may wait
                    try {
                        assertTrue(secondDelivered.await(5, TimeUnit.SECONDS), "the next message waited for this handler");
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    order.add("waits done");
                } else {
                    secondDelivered.countDown();
                }
            }
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (order.size() < 3 && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        assertEquals(List.of("waits", "next", "waits done"), order);
    }

    @Test
    void withoutAYieldOneMessageAtATime() throws Exception {
        FrameLane lane = lane(60_000);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        for (int i = 1; i <= 20; i++) {
            String c = "m" + i;
            Envelope env = new Envelope(IpcCoreFixtures.DOC, i, false, List.of(new IncomingMessage(MessageKind.SEND, c, List.of(), null)));
            lane.arrive(new FrameLane.Arrival() {
                @Override
                public Envelope parse() {
                    return env;
                }

                @Override
                public void refuse(Refusal r) {
                }

                @Override
                public void deliver(IncomingMessage m, int index, int count) {
                    order.add("start " + c);
                    Thread.yield();
                    order.add("end " + c);
                }
            });
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (order.size() < 40 && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        for (int i = 0; i < 40; i += 2) {
            assertEquals("start m" + (i / 2 + 1), order.get(i));
            assertEquals("end m" + (i / 2 + 1), order.get(i + 1));
        }
    }

    @Test
    void aClosedLaneRefusesWhatIsQueuedAndWhatComesLater() throws Exception {
        FrameLane lane = lane(60_000);
        lane.arrive(arrival(2, "held"));
        Thread.sleep(30);
        lane.close(Refusal.gone("render process gone"));
        lane.arrive(arrival(1, "after"));
        Thread.sleep(30);
        assertEquals(List.of(), delivered);
        assertEquals(List.of("held:render process gone", "after:render process gone"), refused);
    }
}
