package cefshell.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cefshell.JsError;
import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValueEncoderTest {

    private static String json(Object value) {
        return ValueEncoder.encodeText(value);
    }

    @Test
    void writesPlainJsonUnchanged() {
        assertEquals("[1,\"a\",null]", json(Arrays.asList(1, "a", null)));
        assertEquals("{\"b\":1,\"a\":[true,false]}", json(map("b", 1, "a", List.of(true, false))));
        assertEquals("\"x\"", json("x"));
        assertEquals("1.5", json(1.5));
        assertEquals("null", json(null));
    }

    @Test
    void writesWholeNumbersWithoutAFractionWhateverTheirJavaType() {
        assertEquals("[3,3,3,3,3,3,3,-7]",
                json(List.of(3, 3L, (short) 3, (byte) 3, 3.0, 3.0f, new AtomicInteger(3), new BigDecimal("-7.00"))));
        assertEquals("[0.1,0.10000000149011612,123.456,9007199254740991,1.0E21,9223372036854775807]",
                json(List.of(0.1, 0.1f, 123.456, 9007199254740991.0, 1e21, Long.MAX_VALUE)));
    }

    @Test
    void writesTheTaggedForms() {
        assertEquals("{\"$\":\"u\"}", json(Undefined.INSTANCE));
        assertEquals("{\"$\":\"num\",\"v\":\"NaN\"}", json(Double.NaN));
        assertEquals("{\"$\":\"num\",\"v\":\"-Infinity\"}", json(Float.NEGATIVE_INFINITY));
        assertEquals("{\"$\":\"num\",\"v\":\"Infinity\"}", json(Double.POSITIVE_INFINITY));
        assertEquals("{\"$\":\"num\",\"v\":\"-0\"}", json(-0.0));
        assertEquals("{\"$\":\"big\",\"v\":\"-12\"}", json(BigInteger.valueOf(-12)));
        assertEquals("{\"$\":\"obj\",\"v\":{\"$\":1,\"a\":2}}", json(map("$", 1, "a", 2)));
        assertEquals("{\"a\":{\"$\":\"u\"}}", json(map("a", Undefined.INSTANCE)));
        assertEquals("{\"$\":\"date\",\"v\":0}", json(Instant.EPOCH));
        assertEquals("{\"$\":\"date\",\"v\":1700000000123}", json(new Date(1700000000123L)));
        assertEquals("{\"$\":\"re\",\"src\":\"a+b\",\"fl\":\"gi\"}", json(new JsRegExp("a+b", "gi")));
        assertEquals("{\"$\":\"map\",\"v\":[[1,\"x\"]]}", json(new JsMap(Map.of(1, "x"))));
        assertEquals("{\"$\":\"set\",\"v\":[1]}", json(new LinkedHashSet<>(List.of(1))));
        assertEquals("{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b64\":\"AQID\"}", json(new byte[] {1, 2, 3}));
        assertEquals("{\"$\":\"ab\",\"b64\":\"AAEC/w==\"}", json(ByteBuffer.wrap(new byte[] {0, 1, 2, -1})));
        assertEquals("\"\\ud800\"", json("\ud800"));
        assertEquals("{\"$\":\"err\",\"n\":\"TypeError\",\"m\":\"m\",\"st\":\"S\"}", json(new JsError("TypeError", "m", "S")));
    }

    @Test
    void numbersContainersDepthFirstBeforeTheirChildren() {
        Instant d = Instant.EPOCH;
        Map<String, Object> inner = new LinkedHashMap<>();
        List<Object> a = List.of(inner, d, List.of(inner, d));
        assertEquals("[{},{\"$\":\"date\",\"v\":0},[{\"$\":\"ref\",\"v\":1},{\"$\":\"ref\",\"v\":2}]]", json(a));
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertEquals("[{\"$\":\"ref\",\"v\":0}]", json(self));
    }

    @Test
    void escapesLoneSurrogatesAndLineSeparatorsButNotPairs() {
        assertEquals("\"a\\udc00b\\ud800\\ud83d\\ud83d😀\\u2028\\u2029\\u0000\\n\\\"\"",
                json("a\udc00b\ud800\ud83d\ud83d\ud83d\ude00\u2028\u2029\u0000\n\""));
        assertEquals("{\"\\ud800\":\"\\udfff\"}", json(map("\ud800", "\udfff")));
        assertEquals("\"<&>'=\"", json("<&>'="), "no HTML escaping");
    }

    @Test
    void writesArrayIndexKeysFirstAsJavaScriptOrdersThem() {
        Map<String, Object> m = map("b", new ArrayList<>(), "10", new ArrayList<>(), "a", 1, "2", new ArrayList<>(),
                "01", 0, "4294967295", 0);
        assertEquals("{\"2\":[],\"10\":[],\"b\":[],\"a\":1,\"01\":0,\"4294967295\":0}", json(m));
        Map<Integer, String> numbers = new LinkedHashMap<>();
        numbers.put(3, "c");
        numbers.put(1, "a");
        assertEquals("{\"1\":\"a\",\"3\":\"c\"}", json(numbers), "non-string keys go through String.valueOf");
    }

    @Test
    void putsBytesAndLongStringsInBlobsOnTheBinaryTransport() {
        byte[] bytes = {1, 2, 3};
        String longString = "é".repeat(70000);
        EncodedMessage m = ValueEncoder.encode(List.of(bytes, TypedArray.of((short) 258), longString, "short"), true);
        assertEquals("[{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b\":0},{\"$\":\"ta\",\"k\":\"Int16Array\",\"b\":1},"
                + "{\"$\":\"str\",\"b\":2},\"short\"]", m.json());
        assertEquals(3, m.blobs().size());
        assertSame(bytes, m.blobs().get(0), "byte[] values are not copied");
        assertArrayEquals(new byte[] {2, 1}, m.blobs().get(1));
        assertArrayEquals(longString.getBytes(StandardCharsets.UTF_8), m.blobs().get(2));

        assertEquals(0, ValueEncoder.encode("x".repeat(65535), true).blobs().size(), "below the threshold");
        assertEquals(1, ValueEncoder.encode("x".repeat(65536), true).blobs().size(), "at the threshold");
        assertEquals(0, ValueEncoder.encode("\ud800".repeat(70000), true).blobs().size(), "ill-formed stays inline");
        EncodedMessage text = ValueEncoder.encode(List.of(bytes, longString), false);
        assertTrue(text.blobs().isEmpty());
        assertTrue(text.json().startsWith("[{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b64\":\"AQID\"},\"éé"));
    }

    @Test
    void sendsOnlyTheRemainingBytesOfAByteBufferAndLeavesItsPosition() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 1, 2, 9});
        buffer.position(1).limit(3);
        assertEquals("{\"$\":\"ab\",\"b64\":\"AQI=\"}", json(buffer));
        assertEquals(1, buffer.position());
    }

    @Test
    void writesDatesOutsideJavaScriptsRangeAsInvalid() {
        assertEquals("{\"$\":\"date\",\"v\":null}", json(Instant.MAX));
        assertEquals("{\"$\":\"date\",\"v\":-8640000000000000}", json(Instant.ofEpochMilli(-8_640_000_000_000_000L)));
        assertEquals("{\"$\":\"date\",\"v\":null}", json(Instant.ofEpochMilli(8_640_000_000_000_001L)));
    }

    @Test
    void mapsPatternFlagsThatJavaScriptHas() {
        Pattern p = Pattern.compile("^a.b$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL | Pattern.COMMENTS);
        assertEquals("{\"$\":\"re\",\"src\":\"^a.b$\",\"fl\":\"ims\"}", json(p));
    }

    @Test
    void sendsJavaExceptionsAsPlainErrorsWithoutAStack() {
        assertEquals("{\"$\":\"err\",\"n\":\"Error\",\"m\":\"boom\",\"st\":null}", json(new IllegalStateException("boom")));
        assertEquals("{\"$\":\"err\",\"n\":\"Error\",\"m\":\"\",\"st\":null}", json(new RuntimeException()));
        assertEquals("{\"$\":\"err\",\"n\":\"Error\",\"m\":\"x\",\"st\":null}", json(new JsError("AbortError", "x")),
                "only the standard names survive");
    }

    @Test
    void writesTextLikeValuesAsStrings() {
        assertEquals("[\"c\",\"sb\",\"SECONDS\"]",
                json(List.of('c', new StringBuilder("sb"), java.util.concurrent.TimeUnit.SECONDS)));
    }

    @Test
    void unwrapsOptionals() {
        assertEquals("[1,{\"$\":\"u\"},2,{\"$\":\"u\"}]",
                json(List.of(Optional.of(1), Optional.empty(), OptionalInt.of(2), OptionalInt.empty())));
    }

    @Test
    void writesJavaArraysAndCollectionsAsArrays() {
        assertEquals("[[1,2],[true],[\"a\",\"b\"],[1.5],[\"x\",null],[1,2]]", json(List.of(new int[] {1, 2},
                new boolean[] {true}, new char[] {'a', 'b'}, new double[] {1.5}, new Object[] {"x", null},
                new LinkedList<>(List.of(1, 2)))));
        assertEquals("[{\"$\":\"set\",\"v\":[\"k\"]}]", json(List.of(new LinkedHashSet<>(List.of("k")))));
    }

    @Test
    void writesGsonTreesAsTheirJson() {
        JsonObject o = JsonParser.parseString("{\"$\":1,\"n\":[1,2.5,\"s\",null,true]}").getAsJsonObject();
        assertEquals("{\"$\":\"obj\",\"v\":{\"$\":1,\"n\":[1,2.5,\"s\",null,true]}}", json(o));
        JsonArray shared = new JsonArray();
        assertEquals("[[],{\"$\":\"ref\",\"v\":1}]", json(List.of(shared, shared)));
    }

    record Point(int x, int y) {
    }

    record Shape(String name, List<Point> points, byte[] data, Instant at, double weight, String missing) {
    }

    @Test
    void encodesRecordsWithGsonsFieldsAndTheCodecsValues() {
        Shape shape = new Shape("tri", List.of(new Point(1, 2)), new byte[] {7}, Instant.EPOCH, Double.NaN, null);
        assertEquals("{\"name\":\"tri\",\"points\":[{\"x\":1,\"y\":2}],\"data\":{\"$\":\"ta\",\"k\":\"Uint8Array\","
                + "\"b64\":\"Bw==\"},\"at\":{\"$\":\"date\",\"v\":0},\"weight\":{\"$\":\"num\",\"v\":\"NaN\"},"
                + "\"missing\":null}", json(shape));
    }

    static final class Node {
        @SerializedName("label")
        String name;
        transient String skipped = "no";
        Node next;
        Map<String, Object> extra = new HashMap<>();

        Node(String name) {
            this.name = name;
        }
    }

    @Test
    void keepsCyclesAndSharingThroughPojos() {
        Node a = new Node("a");
        Node b = new Node("b");
        a.next = b;
        b.next = a;
        assertEquals("{\"label\":\"a\",\"next\":{\"label\":\"b\",\"next\":{\"$\":\"ref\",\"v\":0},\"extra\":{}},"
                + "\"extra\":{}}", json(a));
        Point p = new Point(1, 1);
        assertEquals("[{\"x\":1,\"y\":1},{\"$\":\"ref\",\"v\":1}]", json(List.of(p, p)));
    }

    @Test
    void usesGsonsOwnFormForLibraryTypesItKnows() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertEquals("[\"00000000-0000-0000-0000-000000000001\",\"00000000-0000-0000-0000-000000000001\"]",
                json(List.of(id, id)), "a string is not a container: written twice, not as a ref");
    }

    @Test
    void reportsTypesGsonCannotLayOut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json(Thread.currentThread()));
        assertTrue(e.getMessage().contains("java.lang.Thread"), e.getMessage());
    }

    @Test
    void refusesValuesNestedTooDeeply() {
        List<Object> deep = new ArrayList<>();
        List<Object> at = deep;
        for (int i = 0; i < 1_000_000; i++) {
            List<Object> next = new ArrayList<>();
            at.add(next);
            at = next;
        }
        assertThrows(IllegalArgumentException.class, () -> json(deep));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
