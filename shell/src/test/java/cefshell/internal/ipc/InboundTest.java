package cefshell.internal.ipc;

import static cefshell.internal.ipc.IpcCoreFixtures.CHILD;
import static cefshell.internal.ipc.IpcCoreFixtures.DOC;
import static cefshell.internal.ipc.IpcCoreFixtures.MAIN;
import static cefshell.internal.ipc.IpcCoreFixtures.envelope;
import static cefshell.internal.ipc.IpcCoreFixtures.invokeEnvelope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cefshell.internal.ipc.IpcCoreFixtures.Recorded;

/**
 * The one intake, without Chromium: admission, the transport's rules, the strict parse, the sendSync bound, and a
 * seeded fuzz of every transport that must make no handler call.
 */
class InboundTest {
    private final IpcMainImpl ipcMain = new IpcMainImpl();
    private final PageIpc page = IpcCoreFixtures.page(3);
    private final Inbound inbound = new Inbound(new IpcDispatcher(ipcMain, id -> null), 300);
    private final AtomicInteger handlerCalls = new AtomicInteger();

    private void countEveryCall(String... channels) {
        for (String c : channels) {
            ipcMain.on(c, (e, a) -> handlerCalls.incrementAndGet());
            ipcMain.handle(c, (e, a) -> handlerCalls.incrementAndGet());
        }
        page.onIpcMessage((e, c, a) -> handlerCalls.incrementAndGet());
        page.onIpcMessageSync((e, c, a) -> handlerCalls.incrementAndGet());
    }

    @Test
    void aValidBatchIsDeliveredAndAcceptedAndAnInvokeAnswersItsQuery() {
        List<String> got = new ArrayList<>();
        ipcMain.on("a", (e, a) -> got.add("a " + a.get(0, String.class)));
        ipcMain.handle("h", (e, a) -> "answer");
        Recorded r1 = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY, envelope(1, "[0,\"a\",[\"x\"]]"), r1);
        assertEquals("accepted", r1.await());
        Recorded r2 = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY, invokeEnvelope(2, "[0,\"a\",[\"y\"]]", "[1,\"h\",[]]"), r2);
        assertEquals("value:answer", r2.await());
        assertEquals(List.of("a x", "a y"), got);
    }

    /**
     * A message on its way while the page closed comes after its lane was closed: it is refused like the rest of its
     * document's queue, at once, instead of opening a new lane that would wait for the sequence numbers the old lane
     * had already taken (seen in the bench as "IPC messages 1..6905 never arrived"). A reload's new document starts
     * a lane of its own.
     */
    @Test
    void aMessageThatComesAfterItsPageIsGoneIsRefusedAtOnce() {
        List<String> got = new java.util.concurrent.CopyOnWriteArrayList<>();
        ipcMain.on("a", (e, a) -> got.add(a.get(0, String.class)));
        Recorded before = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY, envelope(1, "[0,\"a\",[\"before\"]]"), before);
        assertEquals("accepted", before.await());
        page.rendererGone("the page was closed");
        Recorded late = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY, envelope(2, "[0,\"a\",[\"late\"]]"), late);
        assertEquals("refused:GONE:the page was closed", late.await());
        Recorded reloaded = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY,
                "{\"d\":\"" + IpcCoreFixtures.OTHER_DOC + "\",\"s\":1,\"m\":[[0,\"a\",[\"reloaded\"]]]}", reloaded);
        assertEquals("accepted", reloaded.await());
        long end = System.nanoTime() + 5_000_000_000L;
        while (got.size() < 2 && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertEquals(List.of("before", "reloaded"), got);
    }

    @Test
    void sendToHostAndWebviewOperationsGoToTheHostRelayNeverToIpcMain() {
        countEveryCall("c");
        List<String> relayed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Inbound withRelay = new Inbound(new IpcDispatcher(ipcMain, id -> null, new HostRelay() {
            @Override
            public boolean sendToHost(PageIpc from, cefshell.WebFrameMain frame, String channel, List<Object> args) {
                relayed.add("toHost " + channel + " " + args);
                return true;
            }

            @Override
            public void webview(PageIpc from, cefshell.WebFrameMain frame, String op, List<Object> args, Reply reply) {
                relayed.add("webview " + op + " " + args);
                reply.result(7);
            }
        }), 300);
        Recorded r1 = new Recorded();
        withRelay.acceptText(page, MAIN, TransportKind.QUERY, envelope(1, "[4,\"c\",[1]]"), r1);
        assertEquals("accepted", r1.await());
        Recorded r2 = new Recorded();
        withRelay.acceptText(page, MAIN, TransportKind.QUERY, invokeEnvelope(2, "[4,\"c\",[2]]", "[9,\"create\",[1]]"), r2);
        assertEquals("value:7", r2.await());
        assertEquals(List.of("toHost c [1.0]", "toHost c [2.0]", "webview create [1.0]"), relayed);
        assertEquals(0, handlerCalls.get());
        // without a relay (no guests at all): sendToHost is dropped, an operation refused as an invoke error
        Recorded r3 = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY, invokeEnvelope(4, "[9,\"create\",[1]]"), r3);
        assertTrue(r3.await().startsWith("error:"), r3.await());
        assertEquals(0, handlerCalls.get());
    }

    @Test
    void anUntrustedOriginIsRefusedBeforeAnyParsing() {
        countEveryCall("a");
        Recorded r = new Recorded();
        FrameRef evil = new FrameRef("f9", "https://evil.example/x", false, "main-1");
        inbound.acceptText(page, evil, TransportKind.QUERY, envelope(1, "[0,\"a\",[]]"), r);
        assertTrue(r.await().startsWith("refused:UNTRUSTED:IPC refused: origin 'https://evil.example'"), r.await());
        assertEquals(0, handlerCalls.get());
    }

    @Test
    void eachTransportCarriesOnlyItsOwnShapes() {
        countEveryCall("c");
        String[][] wrong = {
            {"QUERY", envelope(1, "[2,\"c\",[]]")},                           // a sendSync over cefQuery
            {"QUERY", invokeEnvelope(1, "[1,\"c\",[]]", "[0,\"c\",[]]")},     // an invoke not last
            {"QUERY", envelope(1, "[1,\"c\",[]]")},                           // an invoke without the flag
            {"QUERY", invokeEnvelope(1, "[0,\"c\",[]]")},                     // the flag without an invoke
            {"QUERY", envelope(1, "[9,\"c\",[]]")},                           // a <webview> operation without the flag
            {"QUERY", invokeEnvelope(1, "[9,\"c\",[]]", "[0,\"c\",[]]")},     // ... not last
            {"SYNC_XHR", envelope(1, "[9,\"c\",[]]")},                        // ... over the sync path
            {"SYNC_XHR", envelope(1, "[0,\"c\",[]]")},                        // a send over the sync path
            {"SYNC_XHR", envelope(1, "[2,\"c\",[]]", "[2,\"c\",[]]")},        // two sendSyncs in one request
            {"PROMPT", invokeEnvelope(1, "[1,\"c\",[]]")},
            {"SYNC_XHR", "{\"h\":1,\"d\":\"" + DOC + "\"}"},                  // a hello over the sync path
        };
        for (String[] w : wrong) {
            Recorded r = new Recorded();
            TransportKind via = TransportKind.valueOf(w[0]);
            if (via == TransportKind.PROMPT) {
                page.documents().remember(DOC, MAIN);
                inbound.acceptPrompt(page, MAIN.origin(), w[1], r);
            } else {
                inbound.acceptText(page, MAIN, via, w[1], r);
            }
            assertTrue(r.await().startsWith("refused:MALFORMED:"), w[0] + " " + w[1] + " -> " + r.await());
        }
        assertEquals(0, handlerCalls.get());
    }

    @Test
    void aDocumentIdBelongsToTheFrameThatUsedItFirst() {
        countEveryCall("c");
        Recorded hello = new Recorded();
        inbound.acceptText(page, MAIN, TransportKind.QUERY, "{\"h\":1,\"d\":\"" + DOC + "\"}", hello);
        assertEquals("accepted", hello.await());
        FrameRef otherOrigin = new FrameRef("child-3", "app://u/child.html", false, "main-1");
        page.trust("app://u");
        Recorded r = new Recorded();
        inbound.acceptText(page, otherOrigin, TransportKind.QUERY, envelope(1, "[0,\"c\",[]]"), r);
        assertTrue(r.await().contains("document id already used by a frame of another origin"), r.await());
        assertEquals(0, handlerCalls.get());
        // a same-origin frame naming it is attributed to the document's own frame (CEF names an unloading
        // document's frame differently; same-origin frames can script each other anyway)
        List<String> senders = new ArrayList<>();
        ipcMain.on("who", (e, a) -> senders.add(e.frameId()));
        Recorded same = new Recorded();
        inbound.acceptText(page, CHILD, TransportKind.QUERY, envelope(1, "[0,\"who\",[]]"), same);
        assertEquals("accepted", same.await());
        assertEquals(List.of(MAIN.frameId()), senders);
    }

    @Test
    void aPromptForAnUnknownDocumentIsSentAgainByXhr() {
        Recorded r = new Recorded();
        inbound.acceptPrompt(page, "app://t", envelope(1, "[2,\"c\",[]]"), r);
        assertEquals("refused:UNKNOWN_DOCUMENT:unknown document", r.await());
    }

    @Test
    void aSendSyncIsAnsweredInTimeWhileItsListenerBlocks() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ipcMain.on("slow", (e, a) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            e.setReturnValue("too late");
        });
        Recorded r = new Recorded();
        long start = System.nanoTime();
        inbound.acceptText(page, MAIN, TransportKind.SYNC_XHR, envelope(1, "[2,\"slow\",[]]"), r);
        assertEquals("value:{error=reply was never sent}", r.await());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 250 && millis < 2000, "answered after " + millis + " ms (bound 300 ms)");
        release.countDown();
        Thread.sleep(50);
        assertEquals(1, r.events.size(), "the late return value is not sent again");
    }

    @Test
    void aSendSyncQueuedBehindABlockedHandlerIsAnsweredInTimeToo() throws Exception {
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
    }

    @Test
    void aSocketDeliversOnlyTheDocumentItsTicketNamed() {
        countEveryCall("c", "fz", "h");
        page.documents().remember(DOC, MAIN);
        String header = "{\"b\":[3]," + envelope(1, "[0,\"c\",[{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b\":0}]]").substring(1);
        Recorded other = new Recorded();
        inbound.acceptSocket(page, MAIN, "fedcba9876543210fedcba9876543210", header, List.of(new byte[3]), other);
        assertTrue(other.await().startsWith("refused:"), other.await());
        Recorded wrongLength = new Recorded();
        inbound.acceptSocket(page, MAIN, DOC, header, List.of(new byte[4]), wrongLength);
        assertTrue(wrongLength.await().startsWith("refused:"), wrongLength.await());
        assertEquals(0, handlerCalls.get());
        Recorded ok = new Recorded();
        inbound.acceptSocket(page, MAIN, DOC, header, List.of(new byte[3]), ok);
        assertEquals("accepted", ok.await());
        assertTrue(handlerCalls.get() > 0, "the document's own frame is delivered");
    }

    /** A binary frame as the socket transport hands it over: the header, and the blobs it lists (else the rest). */
    private void socket(byte[] frame, Recorded r) {
        int n = frame.length < 4 ? 0 : java.nio.ByteBuffer.wrap(frame, 0, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        if (n < 0 || n > frame.length - 4) {
            n = Math.max(0, frame.length - 4);
        }
        String header = new String(frame, Math.min(4, frame.length), n, StandardCharsets.UTF_8);
        byte[] rest = java.util.Arrays.copyOfRange(frame, Math.min(frame.length, 4 + n), frame.length);
        List<byte[]> blobs = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\{\"b\":\\[([0-9,]*)\\]").matcher(header);
        int at = 0;
        if (m.find() && !m.group(1).isEmpty()) {
            for (String len : m.group(1).split(",")) {
                int k = len.isEmpty() || len.length() > 9 ? -1 : Integer.parseInt(len);
                if (k < 0 || at + k > rest.length) {
                    break;
                }
                blobs.add(java.util.Arrays.copyOfRange(rest, at, at + k));
                at += k;
            }
        }
        if (at < rest.length) {
            blobs.add(java.util.Arrays.copyOfRange(rest, at, rest.length));
        }
        inbound.acceptSocket(page, MAIN, DOC, header, blobs, r);
    }

    /**
     * Near-valid and random input through every transport: mutations of what the bridge sends that each break one
     * rule, and random text and bytes. Seeded, so a failure repeats; bounded in count.
     */
    @Test
    void fuzzedInputNeverReachesAHandler() {
        countEveryCall("c", "fz", "h");
        page.documents().remember(DOC, MAIN);
        Random random = new Random(20261130);
        List<String> valid = List.of(
                envelope(1, "[0,\"c\",[1,\"two\",{\"k\":[true,null]}]]"),
                invokeEnvelope(1, "[0,\"c\",[]]", "[1,\"h\",[{\"$\":\"date\",\"v\":0}]]"),
                envelope(1, "[3,\"c\",[],7]"),
                envelope(1, "[2,\"c\",[\"s\"]]"));
        int inputs = 0;
        for (int round = 0; round < 3000; round++) {
            String base = valid.get(random.nextInt(valid.size()));
            String text = NearValid.mutate(base, random);
            for (TransportKind via : TransportKind.values()) {
                Recorded r = new Recorded();
                switch (via) {
                    case QUERY, SYNC_XHR -> inbound.acceptText(page, MAIN, via, text, r);
                    case PROMPT -> inbound.acceptPrompt(page, MAIN.origin(), text, r);
                    case FRAME -> inbound.acceptFrame(page, MAIN, null, NearValid.asFrame(text, random), r);
                    case SOCKET -> socket(NearValid.asFrame(text, random), r);
                }
                String answer = r.await();
                assertTrue(answer.startsWith("refused:"), via + " took " + text + " -> " + answer);
                inputs++;
            }
        }
        for (int round = 0; round < 1000; round++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            Recorded r1 = new Recorded();
            Recorded r2 = new Recorded();
            inbound.acceptText(page, MAIN, TransportKind.QUERY, new String(bytes, StandardCharsets.ISO_8859_1), r1);
            inbound.acceptFrame(page, MAIN, null, bytes, r2);
            assertTrue(r1.await().startsWith("refused:") && r2.await().startsWith("refused:"));
            inputs += 2;
        }
        assertEquals(0, handlerCalls.get(), "handler calls from " + inputs + " fuzzed inputs");
    }
}
