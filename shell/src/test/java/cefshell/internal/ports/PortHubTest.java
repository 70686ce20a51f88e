package cefshell.internal.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cefshell.MessageChannelMain;
import cefshell.MessagePortMain;
import cefshell.internal.ipc.PortLink;

/** The page side of the graph without Chromium: binding, refusals, what is pushed to a page and when ports close. */
class PortHubTest {
    private final PortHub hub = new PortHub();

    /** A page that records what would be pushed to it. */
    private static final class Page implements PortLink {
        final List<String> pushed = Collections.synchronizedList(new ArrayList<>());
        final List<String> postIds = Collections.synchronizedList(new ArrayList<>());
        final Set<String> liveFrames = Collections.synchronizedSet(new java.util.HashSet<>(Set.of("main", "child")));

        @Override
        public int pageId() {
            return 1;
        }

        @Override
        public boolean frameLive(String frameId) {
            return liveFrames.contains(frameId);
        }

        @Override
        public void pushPost(String frameId, String channel, String argsJson, List<byte[]> blobs, List<String> portIds) {
            postIds.addAll(portIds);
            pushed.add("post " + frameId + " " + channel + " " + argsJson + " " + portIds.size());
        }

        @Override
        public void pushPortMessage(String frameId, String portId, String argsJson, List<byte[]> blobs,
                                    List<String> portIds) {
            pushed.add("message " + portId + " " + argsJson + (blobs.isEmpty() ? "" : " +" + blobs.size() + " blobs"));
        }

        @Override
        public void pushPortClose(String frameId, String portId) {
            pushed.add("close " + portId);
        }
    }

    private static String id(int n) {
        return String.format("%032x", n + 0xabc000L);
    }

    private static BlockingQueue<Object> started(MessagePortMain p) {
        BlockingQueue<Object> q = new LinkedBlockingQueue<>();
        p.onMessage(e -> q.add(e.data())).start();
        return q;
    }

    @Test
    void aPortAcceptsMessagesOnlyFromTheFrameAndDocumentItIsBoundTo() throws Exception {
        Page page = new Page();
        Page otherPage = new Page();
        MessagePortMain port = hub.adopt(page, "main", "doc1", List.of(id(1))).get(0);
        BlockingQueue<Object> got = started(port);
        hub.message(page, "child", "doc1", id(1), "from another frame", List.of());
        hub.message(page, "main", "doc2", id(1), "from another document", List.of());
        hub.message(otherPage, "main", "doc1", id(1), "from another page", List.of());
        hub.message(page, "main", "doc1", id(1), "from its own document", List.of());
        assertEquals("from its own document", got.poll(5, TimeUnit.SECONDS));
        Thread.sleep(50);
        assertTrue(got.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> hub.adopt(page, "main", "doc1", List.of(id(1))),
                "an id in use cannot be taken again");
        hub.pageGone(page);
    }

    @Test
    void javaPortsSentToAPageBindToTheFirstDocumentThatUsesThem() throws Exception {
        Page page = new Page();
        MessageChannelMain ch = new MessageChannelMain();
        BlockingQueue<Object> got = started(ch.port1());
        ch.port1().postMessage("queued for port2");
        hub.postToPage(page, "main", "c", "[1]", List.of(), List.of(ch.port2()));
        assertEquals(2, page.pushed.size());
        assertTrue(page.pushed.get(0).startsWith("post main c [1] 1"), page.pushed.get(0));
        String portId = page.pushed.get(1).split(" ")[1];
        assertEquals("message " + portId + " [\"queued for port2\"]", page.pushed.get(1));
        hub.message(page, "main", "docA", portId, "first", List.of());
        hub.message(page, "main", "docB", portId, "refused", List.of());
        assertEquals("first", got.poll(5, TimeUnit.SECONDS));
        Thread.sleep(50);
        assertTrue(got.isEmpty());
        hub.pageGone(page);
    }

    @Test
    void aNewDocumentClosesThePortsOfTheOneItReplacedAndOfFramesNowGone() throws Exception {
        PortHub.unloadGraceMillis = 100;
        try {
            replacedAndGone();
        } finally {
            PortHub.unloadGraceMillis = 2000;
        }
    }

    private void replacedAndGone() throws Exception {
        Page page = new Page();
        List<MessagePortMain> ports = new ArrayList<>();
        ports.addAll(hub.adopt(page, "main", "old", List.of(id(10))));
        ports.addAll(hub.adopt(page, "child", "kid", List.of(id(11))));
        ports.addAll(hub.adopt(page, "main", "new", List.of(id(12))));
        AtomicInteger closes = new AtomicInteger();
        List<AtomicInteger> each = new ArrayList<>();
        for (MessagePortMain p : ports) {
            AtomicInteger n = new AtomicInteger();
            each.add(n);
            p.onClose(() -> { n.incrementAndGet(); closes.incrementAndGet(); }).start();
        }
        page.liveFrames.remove("child");
        hub.documentStarted(page, "main", "new"); // closes them after PortHub.unloadGraceMillis
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (closes.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(50);
        assertEquals(List.of(1, 1, 0), each.stream().map(AtomicInteger::get).toList());
        assertTrue(page.pushed.isEmpty(), "nothing is pushed to documents that are gone");
        hub.pageGone(page);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (closes.get() < 3 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(List.of(1, 1, 1), each.stream().map(AtomicInteger::get).toList());
    }

    @Test
    void aReplacedDocumentsLastMessagesArriveThenItsCloseReportsCloseItsPortsAtOnceOrTheGraceTimeDoes() throws Exception {
        PortHub.unloadGraceMillis = 300;
        try {
            Page page = new Page();
            List<MessagePortMain> ports = hub.adopt(page, "main", "leaving", List.of(id(30), id(31)));
            List<List<String>> events = List.of(Collections.synchronizedList(new ArrayList<>()),
                    Collections.synchronizedList(new ArrayList<>()));
            for (int i = 0; i < 2; i++) {
                List<String> ev = events.get(i);
                ports.get(i).onMessage(e -> ev.add((String) e.data())).onClose(() -> ev.add("close")).start();
            }
            long start = System.nanoTime();
            hub.documentStarted(page, "main", "successor"); // its hello came before the unloading one's keepalive POSTs
            hub.message(page, "main", "leaving", id(30), "from unload", List.of());
            hub.message(page, "main", "successor", id(30), "not from the successor", List.of());
            hub.closed(page, "main", "leaving", id(30)); // the bridge reports its ports closed after the page's unload
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while ((!events.get(0).contains("close") || !events.get(1).contains("close")) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(List.of("from unload", "close"), events.get(0));
            assertEquals(List.of("close"), events.get(1), "closed by the grace time: its report never came");
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300));
            hub.pageGone(page);
        } finally {
            PortHub.unloadGraceMillis = 2000;
        }
    }

    @Test
    void closingAJavaPortClosesThePagesPortAndAPageCloseReachesJava() throws Exception {
        Page page = new Page();
        List<MessagePortMain> ports = hub.adopt(page, "main", "d", List.of(id(20), id(21)));
        ports.get(0).close();
        assertEquals(List.of("close " + id(20)), page.pushed);
        AtomicInteger closes = new AtomicInteger();
        ports.get(1).onClose(closes::incrementAndGet).start();
        hub.closed(page, "main", "d", id(21));
        hub.closed(page, "main", "d", id(21));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (closes.get() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(50);
        assertEquals(1, closes.get());
        assertEquals(1, page.pushed.size(), "a close from the page is not echoed back");
    }

    @Test
    void portsSentToAFrameCloseWhenNoDocumentClaimsThemAfterANewOneStarted() throws Exception {
        PortHub.unboundGraceMillis = 100;
        try {
            Page page = new Page();
            MessageChannelMain claimed = new MessageChannelMain();
            MessageChannelMain lost = new MessageChannelMain();
            AtomicInteger claimedCloses = new AtomicInteger();
            AtomicInteger lostCloses = new AtomicInteger();
            claimed.port1().onClose(claimedCloses::incrementAndGet).start();
            lost.port1().onClose(lostCloses::incrementAndGet).start();
            hub.postToPage(page, "main", "c", "[1]", List.of(), List.of(claimed.port2()));
            hub.postToPage(page, "main", "c", "[2]", List.of(), List.of(lost.port2()));
            hub.documentStarted(page, "main", "next");
            hub.bind(page, "main", "next", page.postIds.get(0)); // the new document got the first one
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (lostCloses.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200);
            assertEquals(1, lostCloses.get(), "the unclaimed port closed");
            assertEquals(0, claimedCloses.get(), "the claimed one stays open");
            hub.pageGone(page);
        } finally {
            PortHub.unboundGraceMillis = 2000;
        }
    }
}
