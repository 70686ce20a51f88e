package cefshell.internal.ipc.transport.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The WebSocket frame codec without a browser: lengths at every boundary, masking, fragments, limits. */
class WsCodecTest {
    private static final int MASK = 0x37FA213D;

    /** A client's frame: head and masked payload, as Chromium writes it. */
    private static byte[] clientFrame(boolean fin, int opcode, byte[] payload, int mask) {
        byte[] masked = payload.clone();
        WsFrames.mask(masked, 0, masked.length, mask, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(WsFrames.head(fin, opcode, payload.length, true, mask));
        out.writeBytes(masked);
        return out.toByteArray();
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static WsReader reader(byte[] wire, long max, List<byte[]> pings) {
        return new WsReader(new ByteArrayInputStream(wire), max, pings::add);
    }

    @Test
    void lengthsAtEveryEncodingBoundaryRoundTrip() throws IOException {
        for (int n : new int[] {0, 1, 125, 126, 127, 65535, 65536, 65537, 1 << 20}) {
            byte[] payload = bytes(n, n);
            byte[] wire = clientFrame(true, WsFrames.BINARY, payload, MASK);
            int headLength = n <= 125 ? 2 : n <= 65535 ? 4 : 10;
            assertEquals(headLength + 4 + n, wire.length, "frame size for " + n);
            WsFrames.Head h = WsFrames.readHead(new ByteArrayInputStream(wire));
            assertEquals(n, h.length());
            assertTrue(h.fin() && h.masked());
            assertEquals(MASK, h.mask());
            assertArrayEquals(payload, reader(wire, 1 << 21, new ArrayList<>()).nextBinary(n).bytes(), "payload of " + n);
        }
    }

    @Test
    void serverFramesAreUnmaskedWithTheShortestLength() throws IOException {
        assertArrayEquals(new byte[] {(byte) 0x82, 125}, WsFrames.head(true, WsFrames.BINARY, 125, false, 0));
        assertArrayEquals(new byte[] {(byte) 0x81, 126, 0, 126}, WsFrames.head(true, WsFrames.TEXT, 126, false, 0));
        assertArrayEquals(new byte[] {0x02, 126, (byte) 0xFF, (byte) 0xFF}, WsFrames.head(false, WsFrames.BINARY, 65535, false, 0));
        assertArrayEquals(new byte[] {(byte) 0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0}, WsFrames.head(true, WsFrames.BINARY, 65536, false, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WsWriter w = new WsWriter(out);
        w.text("héllo");
        byte[] wire = out.toByteArray();
        assertEquals((byte) 0x81, wire[0]);
        assertEquals(6, wire[1]); // no mask bit
        assertEquals("héllo", new String(wire, 2, 6, StandardCharsets.UTF_8));
    }

    @Test
    void maskingAtAnyOffsetAndPositionMatchesTheByteWiseDefinition() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] data = bytes(r.nextInt(70), round);
            int off = data.length == 0 ? 0 : r.nextInt(data.length);
            int len = data.length - off;
            long position = r.nextInt(1000);
            int mask = r.nextInt();
            byte[] expected = data.clone();
            for (int i = 0; i < len; i++) {
                expected[off + i] ^= (byte) (mask >>> (24 - 8 * (int) ((position + i) & 3)));
            }
            byte[] actual = data.clone();
            WsFrames.mask(actual, off, len, mask, position);
            assertArrayEquals(expected, actual, "round " + round);
        }
    }

    @Test
    void fragmentsOf64KiBWithControlFramesBetweenMakeOneMessage() throws IOException {
        byte[] payload = bytes(200_000, 3);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        int at = 0;
        int frame = 0;
        while (at < payload.length) {
            int n = Math.min(65536, payload.length - at);
            byte[] part = java.util.Arrays.copyOfRange(payload, at, at + n);
            at += n;
            wire.writeBytes(clientFrame(at == payload.length, frame++ == 0 ? WsFrames.BINARY : WsFrames.CONTINUATION,
                    part, MASK + frame));
            if (frame == 2) {
                wire.writeBytes(clientFrame(true, WsFrames.PING, "are you there".getBytes(StandardCharsets.UTF_8), 5));
                wire.writeBytes(clientFrame(true, WsFrames.PONG, new byte[0], 6));
            }
        }
        wire.writeBytes(clientFrame(false, WsFrames.TEXT, "q0:{\"b\":".getBytes(StandardCharsets.UTF_8), 9));
        wire.writeBytes(clientFrame(true, WsFrames.CONTINUATION, "[]}".getBytes(StandardCharsets.UTF_8), 10));
        byte[] close = {0x03, (byte) 0xE9, 'b', 'y', 'e'};
        wire.writeBytes(clientFrame(true, WsFrames.CLOSE, close, 11));

        List<byte[]> pings = new ArrayList<>();
        WsReader reader = reader(wire.toByteArray(), 1 << 20, pings);
        assertArrayEquals(payload, reader.nextBinary(payload.length).bytes());
        assertEquals(1, pings.size());
        assertEquals("are you there", new String(pings.get(0), StandardCharsets.UTF_8));
        assertEquals("q0:{\"b\":[]}", reader.nextText().text());
        WsReader.Message m = reader.nextText();
        assertTrue(m.isClose());
        assertEquals(1001, m.closeCode());
        assertEquals("bye", m.text());
    }

    @Test
    void brokenFramesAreProtocolErrors() {
        byte[] unmasked = WsFrames.head(true, WsFrames.TEXT, 2, false, 0);
        byte[] wire = java.util.Arrays.copyOf(unmasked, unmasked.length + 2);
        assertEquals(WsFrames.CLOSE_PROTOCOL_ERROR, code(() -> reader(wire, 100, new ArrayList<>()).nextText()));

        byte[] rsv = clientFrame(true, WsFrames.TEXT, new byte[1], MASK);
        rsv[0] |= 0x40; // permessage-deflate was declined
        assertEquals(WsFrames.CLOSE_PROTOCOL_ERROR, code(() -> reader(rsv, 100, new ArrayList<>()).nextText()));

        byte[] continuation = clientFrame(true, WsFrames.CONTINUATION, new byte[1], MASK);
        assertEquals(WsFrames.CLOSE_PROTOCOL_ERROR, code(() -> reader(continuation, 100, new ArrayList<>()).nextText()));

        byte[] fragmentedPing = clientFrame(false, WsFrames.PING, new byte[1], MASK);
        assertEquals(WsFrames.CLOSE_PROTOCOL_ERROR, code(() -> reader(fragmentedPing, 100, new ArrayList<>()).nextText()));

        byte[] notUtf8 = clientFrame(true, WsFrames.TEXT, new byte[] {(byte) 0xC3, 0x28}, MASK);
        assertEquals(WsFrames.CLOSE_INVALID_DATA, code(() -> reader(notUtf8, 100, new ArrayList<>()).nextText()));

        byte[] binaryForText = clientFrame(true, WsFrames.BINARY, new byte[3], MASK);
        assertEquals(WsFrames.CLOSE_PROTOCOL_ERROR, code(() -> reader(binaryForText, 100, new ArrayList<>()).nextText()));

        byte[] longerThanSaid = clientFrame(true, WsFrames.BINARY, new byte[5], MASK);
        assertEquals(WsFrames.CLOSE_PROTOCOL_ERROR, code(() -> reader(longerThanSaid, 100, new ArrayList<>()).nextBinary(4)));

        byte[] shorterThanSaid = clientFrame(true, WsFrames.BINARY, new byte[3], MASK);
        assertEquals(WsFrames.CLOSE_PROTOCOL_ERROR, code(() -> reader(shorterThanSaid, 100, new ArrayList<>()).nextBinary(4)));
    }

    @Test
    void aMessageOverTheLimitIsRefusedBeforeItsBytesAreRead() {
        // the head claims 1 GiB; nothing of it follows, so reading it would fail differently
        byte[] head = WsFrames.head(false, WsFrames.TEXT, 1L << 30, true, MASK);
        WsProtocolException e = assertThrows(WsProtocolException.class,
                () -> reader(head, 256L << 20, new ArrayList<>()).nextText());
        assertEquals(WsFrames.CLOSE_TOO_BIG, e.code());
        assertTrue(e.getMessage().contains("larger than the socket's limit of 268435456 bytes"), e.getMessage());
        // and across fragments: two 600-byte fragments against a 1000-byte limit
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(clientFrame(false, WsFrames.TEXT, new byte[600], MASK));
        wire.writeBytes(clientFrame(true, WsFrames.CONTINUATION, new byte[600], MASK));
        assertEquals(WsFrames.CLOSE_TOO_BIG, code(() -> reader(wire.toByteArray(), 1000, new ArrayList<>()).nextText()));
    }

    @Test
    void blobLengthsAreReadFromTheHeaderStartOnly() {
        assertArrayEquals(new long[] {3, 0, 65536}, BlobLengths.of("{\"b\":[3,0,65536],\"d\":\"x\"}"));
        assertArrayEquals(new long[0], BlobLengths.of("{\"b\":[],\"d\":\"x\"}"));
        for (String bad : new String[] {"{\"b\":[01],", "{\"b\":[-1],", "{\"b\":[1,],", "{\"b\":[1]}", "{\"d\":1}", "{\"b\":[1 ],",
                "{\"b\":[12345678901234567],"}) {
            assertEquals(null, BlobLengths.of(bad), bad);
        }
    }

    @Test
    void theHandshakeAcceptsRfcSampleKeyAndRefusesDuplicatesAndOversizedHeads() throws IOException {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", Handshake.accept("dGhlIHNhbXBsZSBub25jZQ==")); // RFC 6455 1.3
        String head = "GET /?t=abc HTTP/1.1\r\nHost: 127.0.0.1:5\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: app://x\r\n\r\n";
        Handshake.Request r = Handshake.read(new ByteArrayInputStream(head.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("/?t=abc", r.target());
        assertEquals("app://x", r.header("Origin"));
        assertTrue(r.isUpgrade());
        String twice = head.replace("Origin: app://x\r\n", "Origin: app://x\r\nOrigin: app://y\r\n");
        assertThrows(IOException.class, () -> Handshake.read(new ByteArrayInputStream(twice.getBytes(StandardCharsets.ISO_8859_1))));
        String huge = "GET / HTTP/1.1\r\nX: " + "a".repeat(10_000) + "\r\n\r\n";
        assertThrows(IOException.class, () -> Handshake.read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void theServersProofIsTheHmacOfTheNonceUnderTheToken() {
        // HMAC-SHA256(key = the token's 16 bytes, data = the nonce's 16 bytes), as computed independently (Python's
        // hmac module); the bridge computes the same with WebCrypto and uses the socket only when they agree
        String token = "000102030405060708090a0b0c0d0e0f";
        String nonce = "f0e0d0c0b0a090807060504030201000";
        String proof = SocketConnection.proof(token, nonce);
        assertEquals("1a3c2557f70682cfe12514db12ae2a1d9c15e761a110e530c83664a42aea0a75", proof);
        assertTrue(!proof.equals(SocketConnection.proof(token, "f0e0d0c0b0a090807060504030201001")));
        assertTrue(!proof.equals(SocketConnection.proof("100102030405060708090a0b0c0d0e0f", nonce)));
    }

    private interface Read {
        void run() throws IOException;
    }

    private static int code(Read r) {
        try {
            r.run();
        } catch (WsProtocolException e) {
            return e.code();
        } catch (IOException e) {
            return -1;
        }
        return 0;
    }
}
