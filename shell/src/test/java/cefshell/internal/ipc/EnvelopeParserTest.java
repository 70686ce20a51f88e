package cefshell.internal.ipc;

import static cefshell.internal.ipc.IpcCoreFixtures.DOC;
import static cefshell.internal.ipc.IpcCoreFixtures.envelope;
import static cefshell.internal.ipc.IpcCoreFixtures.invokeEnvelope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The strict grammar of requests: what the bridge sends is read; anything else is refused, nothing coerced. */
class EnvelopeParserTest {
    @Test
    void readsWhatTheBridgeSends() {
        Envelope e = EnvelopeParser.parseText(envelope(17, "[0,\"a\",[1,\"x\"]]", "[3,\"b\",[],4]", "[4,\"c\",[]]"));
        assertEquals(DOC, e.docId());
        assertEquals(17, e.firstSeq());
        assertEquals(3, e.messages().size());
        assertEquals(MessageKind.SEND_TO, e.messages().get(1).kind());
        assertEquals(4.0, e.messages().get(1).extra());
        assertEquals(List.of(1.0, "x"), e.messages().get(0).args());
        Envelope i = EnvelopeParser.parseText(invokeEnvelope(1, "[1,\"inv\",[]]"));
        assertTrue(i.invokeFlag());
        Envelope w = EnvelopeParser.parseText(invokeEnvelope(1, "[9,\"create\",[1,{\"src\":\"app://a/g.html\"}]]"));
        assertEquals(MessageKind.WEBVIEW, w.messages().get(0).kind());
        assertEquals("create", w.messages().get(0).channel());
    }

    private static final String P1 = "0123456789abcdef0123456789abcdef";
    private static final String P2 = "fedcba9876543210fedcba9876543210";

    @Test
    void readsPortMessages() {
        Envelope e = EnvelopeParser.parseText(envelope(1, "[5,\"ch\",[\"hi\"],[\"" + P1 + "\",\"" + P2 + "\"]]",
                "[6,\"" + P1 + "\",[42],[]]", "[7,\"" + P2 + "\",[]]", "[5,\"none\",[null],[]]", "[8,\"" + P2 + "\",[]]"));
        assertEquals(MessageKind.POST_MESSAGE, e.messages().get(0).kind());
        assertEquals(List.of(P1, P2), e.messages().get(0).portIds());
        assertEquals(List.of("hi"), e.messages().get(0).args());
        assertEquals(P1, e.messages().get(1).channel());
        assertEquals(List.of(42.0), e.messages().get(1).args());
        assertEquals(MessageKind.PORT_CLOSE, e.messages().get(2).kind());
        assertEquals(List.of(), e.messages().get(3).portIds());
        assertEquals(MessageKind.PORT_BIND, e.messages().get(4).kind());
        TransportKind.QUERY.check(e);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[5,\"ch\",[1]]",                      // no port list
        "[5,\"ch\",[1,2],[]]",                 // one value only
        "[5,\"ch\",[],[]]",
        "[5,\"ch\",[1],[\"P1\",\"P1\"]]",      // the same port twice
        "[5,\"ch\",[1],[\"ABCDEF0123456789ABCDEF0123456789\"]]", // upper-case id
        "[5,\"ch\",[1],[\"0123\"]]",
        "[5,\"ch\",[1],[1]]",
        "[5,\"ch\",[1],\"P1\"]",
        "[5,\"ch\",[1],[],7]",
        "[6,\"not-a-port\",[1],[]]",
        "[6,\"P1\",[1]]",
        "[7,\"P1\",[1]]",                      // a close carries nothing
        "[7,\"P1\",[],[]]",
        "[7,\"P1\"]",
        "[8,\"P1\",[1]]",                      // nor does a bind
        "[8,\"not-a-port\",[]]",
        "[8,\"P1\",[],[]]",
    })
    void refusesMalformedPortMessages(String message) {
        String text = envelope(1, message.replace("P1", P1));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseText(text));
    }

    @Test
    void portMessagesTravelOnQueriesAndFramesOnly() {
        Envelope e = EnvelopeParser.parseText(envelope(1, "[7,\"" + P1 + "\",[]]"));
        TransportKind.FRAME.check(e);
        assertThrows(MalformedMessageException.class, () -> TransportKind.PROMPT.check(e));
        assertThrows(MalformedMessageException.class, () -> TransportKind.SYNC_XHR.check(e));
    }

    @Test
    void readsABinaryFrameAndItsBlobs() {
        byte[] frame = frame("{\"b\":[3],\"d\":\"" + DOC + "\",\"s\":1,\"m\":[[0,\"bin\",[{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b\":0}]]]}", new byte[] {1, 2, 3});
        Envelope e = EnvelopeParser.parseFrame(frame);
        assertEquals(1, e.messages().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the examples: trailing garbage, a string for a number, a string kind, a numeric channel
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[]]]}GARBAGE",
        "{\"d\":\"DOC\",\"s\":\"1\",\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[\"0\",\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,5,[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[]]],",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[]]]}}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[]]]} {}",
        // numbers that are not plain positive integers
        "{\"d\":\"DOC\",\"s\":0,\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":-1,\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1.0,\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1e2,\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":9007199254740992,\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0.0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[12,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[-0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[3,\"fz\",[],1.5]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[3,\"fz\",[],\"2\"]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[3,\"fz\",[]]]}",
        // a <webview> operation carries no target; kind 6 does not exist
        "{\"i\":1,\"d\":\"DOC\",\"s\":1,\"m\":[[9,\"rect\",[],1]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[6,\"fz\",[]]]}",
        // members missing, extra, out of order, duplicated
        "{\"d\":\"DOC\",\"s\":1}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[]}",
        "{\"s\":1,\"d\":\"DOC\",\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[]]],\"z\":1}",
        "{\"d\":\"DOC\",\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[]]]}",
        "{\"i\":2,\"d\":\"DOC\",\"s\":1,\"m\":[[1,\"fz\",[]]]}",
        "{\"i\":true,\"d\":\"DOC\",\"s\":1,\"m\":[[1,\"fz\",[]]]}",
        // tuples of the wrong shape
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[],7]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\"]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",5]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",{}]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,null,[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[0,\"fz\",[]]}",
        // bad document ids
        "{\"d\":\"abc\",\"s\":1,\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":\"0123456789ABCDEF0123456789ABCDEF\",\"s\":1,\"m\":[[0,\"fz\",[]]]}",
        "{\"d\":5,\"s\":1,\"m\":[[0,\"fz\",[]]]}",
        // lenient JSON
        "{'d':'DOC','s':1,'m':[[0,'fz',[]]]}",
        "{d:\"DOC\",s:1,m:[[0,\"fz\",[]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[NaN]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[1,]]]}",
        // values the codec refuses
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[{\"$\":\"ref\",\"v\":99}]]]}",
        "{\"d\":\"DOC\",\"s\":1,\"m\":[[0,\"fz\",[{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b\":0}]]]}",
        "",
        "{",
        "null",
    })
    void refusesAnythingElse(String text) {
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseText(text.replace("DOC", DOC)));
    }

    @Test
    void refusesFramesWhoseBlobsDoNotAddUp() {
        String header = "{\"b\":[3],\"d\":\"" + DOC + "\",\"s\":1,\"m\":[[0,\"bin\",[]]]}";
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseFrame(frame(header, new byte[] {1, 2})));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseFrame(frame(header, new byte[] {1, 2, 3, 4})));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseFrame(new byte[] {1, 0}));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseFrame(new byte[] {(byte) 0xff, 0, 0, 0, '{'}));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseFrame(
                frame("{\"d\":\"" + DOC + "\",\"s\":1,\"m\":[[0,\"bin\",[]]]}", new byte[0])));
    }

    @Test
    void helloAndScriptResultsHaveExactFormsToo() {
        assertEquals(DOC, EnvelopeParser.parseHello("{\"h\":1,\"d\":\"" + DOC + "\"}"));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseHello("{\"h\":1,\"d\":\"" + DOC + "\"}x"));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseHello("{\"h\":\"1\",\"d\":\"" + DOC + "\"}"));
        EnvelopeParser.ScriptResult r = EnvelopeParser.parseScriptResult("{\"x\":1,\"a\":[3,true,\"v\"]}");
        assertEquals(3, r.id());
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseScriptResult("{\"x\":1,\"a\":[3.5,true,1]}"));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseScriptResult("{\"x\":1,\"a\":[3,\"true\",1]}"));
        assertThrows(MalformedMessageException.class, () -> EnvelopeParser.parseScriptResult("{\"x\":1,\"a\":[3,true,1]},"));
    }

    @Test
    void theHeadIsReadFromTheExactPrefixOnly() {
        assertEquals(DOC, RequestHead.ofText(envelope(1, "[0,\"a\",[]]")).docId());
        assertEquals(DOC, RequestHead.ofText(invokeEnvelope(1, "[1,\"a\",[]]")).docId());
        assertEquals(RequestHead.Type.HELLO, RequestHead.ofText("{\"h\":1,\"d\":\"" + DOC + "\"}").type());
        assertEquals(null, RequestHead.ofText(" " + envelope(1, "[0,\"a\",[]]")));
        assertEquals(null, RequestHead.ofText("{\"x\":0,\"d\":\"" + DOC + "\""));
        assertEquals(null, RequestHead.ofText("{\"d\":\"" + DOC.toUpperCase() + "\",\"s\":1"));
        assertEquals(null, RequestHead.ofText("{\"d\":\"" + DOC + "0\",\"s\":1"));
        assertEquals(DOC, RequestHead.ofFrameHeader("{\"b\":[1,22],\"d\":\"" + DOC + "\",\"s\":1").docId());
        assertEquals(null, RequestHead.ofFrameHeader("{\"b\":[1,x],\"d\":\"" + DOC + "\",\"s\":1"));
    }

    static byte[] frame(String header, byte[] blobs) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + h.length + blobs.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(h.length).put(h).put(blobs).array();
    }
}
