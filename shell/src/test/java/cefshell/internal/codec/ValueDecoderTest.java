package cefshell.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cefshell.JsError;
import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueDecoderTest {

    @Test
    void decodesPlainJson() {
        assertEquals(Arrays.asList(1.0, "a", null, true), ValueDecoder.decode("[1,\"a\",null,true]"));
        Object o = ValueDecoder.decode("{\"b\":{},\"a\":[]}");
        assertInstanceOf(LinkedHashMap.class, o);
        assertEquals(List.of("b", "a"), new ArrayList<>(((Map<?, ?>) o).keySet()));
    }

    @Test
    void decodesEveryNumberToADouble() {
        assertEquals(List.of(3.0, -0.5, 9007199254740993.0, 1e21), ValueDecoder.decode("[3,-0.5,9007199254740993,1e21]"));
    }

    @Test
    void decodesTheSpecialNumbers() {
        assertTrue(Double.isNaN((Double) ValueDecoder.decode("{\"$\":\"num\",\"v\":\"NaN\"}")));
        assertEquals(Double.POSITIVE_INFINITY, ValueDecoder.decode("{\"$\":\"num\",\"v\":\"Infinity\"}"));
        assertEquals(Double.NEGATIVE_INFINITY, ValueDecoder.decode("{\"$\":\"num\",\"v\":\"-Infinity\"}"));
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits((Double) ValueDecoder.decode("{\"$\":\"num\",\"v\":\"-0\"}")));
    }

    @Test
    void decodesTheOtherTaggedValues() {
        assertSame(Undefined.INSTANCE, ValueDecoder.decode("{\"$\":\"u\"}"));
        assertEquals(new BigInteger("-123456789012345678901234567890"),
                ValueDecoder.decode("{\"$\":\"big\",\"v\":\"-123456789012345678901234567890\"}"));
        assertEquals(Instant.ofEpochMilli(1700000000123L), ValueDecoder.decode("{\"$\":\"date\",\"v\":1700000000123}"));
        assertNull(ValueDecoder.decode("{\"$\":\"date\",\"v\":null}"), "an invalid Date is null");
        assertEquals(new JsRegExp("a\\/b", "gu"), ValueDecoder.decode("{\"$\":\"re\",\"src\":\"a\\\\/b\",\"fl\":\"gu\"}"));
        JsMap map = (JsMap) ValueDecoder.decode("{\"$\":\"map\",\"v\":[[1,\"one\"],[[2],{\"$\":\"u\"}]]}");
        assertEquals("one", map.get(1.0));
        assertSame(Undefined.INSTANCE, map.get(List.of(2.0)));
        assertEquals(new LinkedHashSet<>(List.of("a", 1.0)), ValueDecoder.decode("{\"$\":\"set\",\"v\":[\"a\",1]}"));
        assertEquals(ByteBuffer.wrap(new byte[] {0, 1, 2, -1}), ValueDecoder.decode("{\"$\":\"ab\",\"b64\":\"AAEC/w==\"}"));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) ValueDecoder.decode("{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b64\":\"AQID\"}"));
        assertEquals(TypedArray.of(1.0), ValueDecoder.decode("{\"$\":\"ta\",\"k\":\"Float64Array\",\"b64\":\"AAAAAAAA8D8=\"}"));
        assertEquals(new TypedArray(TypedArray.Kind.DATA_VIEW, new byte[] {1, 2}),
                ValueDecoder.decode("{\"$\":\"ta\",\"k\":\"DataView\",\"b64\":\"AQI=\"}"));
        JsError e = (JsError) ValueDecoder.decode("{\"$\":\"err\",\"n\":\"RangeError\",\"m\":\"r\",\"st\":\"S\"}");
        assertEquals("RangeError", e.name());
        assertEquals("r", e.getMessage());
        assertEquals("S", e.jsStack());
        assertEquals("Error", ((JsError) ValueDecoder.decode("{\"$\":\"err\",\"n\":\"Weird\",\"m\":\"\",\"st\":null}")).name());
    }

    @Test
    void sparseArrayKeepsItsHoles() {
        List<?> list = (List<?>) ValueDecoder.decode("{\"$\":\"arr\",\"len\":4,\"v\":[[1,\"x\"],[2,{\"$\":\"u\"}]]}");
        assertInstanceOf(ArrayList.class, list);
        assertEquals(Arrays.asList(Undefined.INSTANCE, "x", Undefined.INSTANCE, Undefined.INSTANCE), list);
        HoleyList holey = (HoleyList) list;
        assertTrue(holey.isHole(0) && !holey.isHole(1) && !holey.isHole(2) && holey.isHole(3));
        assertEquals("{\"$\":\"arr\",\"len\":4,\"v\":[[1,\"x\"],[2,{\"$\":\"u\"}]]}", ValueEncoder.encodeText(list));
    }

    @Test
    void sparseArrayEncodesDenselyOnceResized() {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) ValueDecoder.decode("{\"$\":\"arr\",\"len\":2,\"v\":[[1,\"x\"]]}");
        list.set(0, "filled");
        assertEquals("[\"filled\",\"x\"]", ValueEncoder.encodeText(list), "a filled hole is no hole");
        @SuppressWarnings("unchecked")
        List<Object> other = (List<Object>) ValueDecoder.decode("{\"$\":\"arr\",\"len\":2,\"v\":[[1,\"x\"]]}");
        other.add("more");
        assertEquals("[{\"$\":\"u\"},\"x\",\"more\"]", ValueEncoder.encodeText(other));
    }

    @Test
    void resolvesRefsToTheSameObjectIncludingCycles() {
        List<?> list = (List<?>) ValueDecoder.decode("[{\"a\":[]},{\"$\":\"ref\",\"v\":1},{\"$\":\"ref\",\"v\":0},{\"$\":\"ref\",\"v\":2}]");
        assertSame(list.get(0), list.get(1));
        assertSame(list, list.get(2));
        assertSame(((Map<?, ?>) list.get(0)).get("a"), list.get(3));
        Map<?, ?> root = (Map<?, ?>) ValueDecoder.decode(
                "{\"self\":{\"$\":\"ref\",\"v\":0},\"d\":{\"$\":\"date\",\"v\":0},\"again\":{\"$\":\"ref\",\"v\":1}}");
        assertSame(root, root.get("self"));
        assertSame(root.get("d"), root.get("again"), "a Date counts as a container");
    }

    @Test
    void countsEveryKindOfContainer() {
        String json = "[{\"$\":\"arr\",\"len\":1,\"v\":[]},{\"$\":\"obj\",\"v\":{\"$\":1}},{\"$\":\"date\",\"v\":1},"
                + "{\"$\":\"re\",\"src\":\"x\",\"fl\":\"\"},{\"$\":\"map\",\"v\":[]},{\"$\":\"set\",\"v\":[]},"
                + "{\"$\":\"ab\",\"b64\":\"\"},{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b64\":\"\"},"
                + "{\"$\":\"err\",\"n\":\"Error\",\"m\":\"\",\"st\":null},{},[],"
                + "{\"$\":\"u\"},{\"$\":\"num\",\"v\":\"NaN\"},{\"$\":\"big\",\"v\":\"1\"},"
                + "{\"$\":\"ref\",\"v\":11}]";
        List<?> list = (List<?>) ValueDecoder.decode(json);
        assertSame(list.get(10), list.get(14), "ten containers inside the outer array, then the empty array is #11");
    }

    @Test
    void readsTheEscapedObjectLiterally() {
        Map<?, ?> o = (Map<?, ?>) ValueDecoder.decode("{\"$\":\"obj\",\"v\":{\"$\":\"u\",\"n\":{\"$\":\"u\"}}}");
        assertEquals("u", o.get("$"));
        assertSame(Undefined.INSTANCE, o.get("n"), "values inside are still decoded");
    }

    @Test
    void takesBinaryDataFromTheBlobsWithoutCopying() {
        byte[] bytes = {5, 6};
        byte[] text = "héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<?> list = (List<?>) ValueDecoder.decode(
                "[{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b\":0},{\"$\":\"str\",\"b\":1},{\"$\":\"ab\",\"b\":0}]",
                List.of(bytes, text));
        assertSame(bytes, list.get(0));
        assertEquals("héllo", list.get(1));
        assertSame(bytes, ((ByteBuffer) list.get(2)).array());
    }

    @Test
    void decodesOneValueEmbeddedInALargerDocument() throws Exception {
        JsonReader in = new JsonReader(new StringReader("{\"args\":[1,[{\"$\":\"ref\",\"v\":1}]],\"more\":2}"));
        in.beginObject();
        in.nextName();
        List<?> args = (List<?>) ValueDecoder.decode(in, null);
        assertSame(args.get(1), ((List<?>) args.get(1)).get(0));
        assertEquals("more", in.nextName());
        assertEquals(2, in.nextInt());
    }

    @Test
    void rejectsMalformedValues() {
        for (String json : List.of("{\"$\":\"nope\"}", "{\"$\":\"ref\",\"v\":0}", "[{\"$\":\"ref\",\"v\":1}]",
                "[{\"$\":\"ref\",\"v\":0.5}]", "{\"$\":\"ta\",\"k\":\"Array\",\"b64\":\"\"}",
                "{\"$\":\"ta\",\"k\":\"Int32Array\",\"b64\":\"AQI=\"}", "{\"$\":\"arr\",\"len\":-1,\"v\":[]}",
                "{\"$\":\"arr\",\"len\":2,\"v\":[[2,1]]}", "{\"$\":\"arr\",\"v\":[]}", "{\"$\":\"ab\",\"b\":0}",
                "{\"$\":\"ab\",\"b64\":\"!!\"}", "{\"$\":\"num\",\"v\":\"1\"}", "{\"$\":\"big\",\"v\":\"x\"}",
                "{\"$\":\"err\",\"n\":1,\"m\":\"\",\"st\":null}", "{\"$\":\"date\",\"v\":\"now\"}", "{\"$\":\"u\",\"x\":[]}",
                "[1,", "[1] 2", "{\"$\":5}", "{\"$\":\"arr\",\"len\":1e12,\"v\":[]}")) {
            assertThrows(IllegalArgumentException.class, () -> ValueDecoder.decode(json), json);
        }
    }

    @Test
    void refusesValuesNestedTooDeeply() {
        String json = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        assertThrows(IllegalArgumentException.class, () -> ValueDecoder.decode(json));
    }
}
