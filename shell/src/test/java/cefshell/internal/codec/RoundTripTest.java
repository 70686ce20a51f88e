package cefshell.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cefshell.JsError;
import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Java value, encoded then decoded, on both transports. */
class RoundTripTest {

    private static Object roundTrip(Object value, boolean binary) {
        EncodedMessage m = ValueEncoder.encode(value, binary);
        return ValueDecoder.decode(m.json(), m.blobs());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void keepsValuesThatDecodeToThemselves(boolean binary) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("7", "seven"); // index keys first, as JavaScript orders them
        object.put("$", "dollar");
        object.put("nested", new LinkedHashMap<>(Map.of("k", List.of())));
        JsMap jsMap = new JsMap();
        jsMap.put(1.0, "number key");
        jsMap.put(List.of("list key"), Undefined.INSTANCE);
        List<Object> values = Arrays.asList(null, true, false, 0.0, 42.0, -1.5e-300, Double.MAX_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, "", "héllo \"wörld\" \\ \n\t\u2028\u0000 😀",
                "\ud800 x \udfff \udc00\ud800", Undefined.INSTANCE, new BigInteger("123456789012345678901234567890"),
                new ArrayList<>(), object, Instant.ofEpochMilli(1700000000123L), new JsRegExp("a+(b)\\/[c]", "gimsuy"),
                jsMap, new LinkedHashSet<>(Arrays.asList(1.0, "a", null, Undefined.INSTANCE)),
                ByteBuffer.wrap(new byte[] {0, 1, 2, -1}), new byte[] {0, -128, 127},
                TypedArray.of((short) -32768, (short) 1), TypedArray.of(-1, 2), TypedArray.of(Long.MIN_VALUE),
                TypedArray.of(1.5f, Float.NaN), TypedArray.of(Math.PI, -0.0),
                new TypedArray(TypedArray.Kind.UINT8_CLAMPED, new byte[] {0, -1}),
                new TypedArray(TypedArray.Kind.DATA_VIEW, new byte[] {9, 8, 7}),
                new TypedArray(TypedArray.Kind.BIGUINT64, new byte[8]));
        for (Object value : values) {
            assertDeepEquals(value, roundTrip(value, binary));
        }
        assertDeepEquals(values, roundTrip(values, binary));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void keepsMinusZeroApartFromZero(boolean binary) {
        List<?> back = (List<?>) roundTrip(List.of(-0.0, 0.0), binary);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) back.get(0)));
        assertEquals(0L, Double.doubleToRawLongBits((Double) back.get(1)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void turnsJavaTypesIntoTheirDecodedCounterparts(boolean binary) {
        List<?> back = (List<?>) roundTrip(List.of(7, 7L, 'c', Set.of("s"), new Date(5), Pattern.compile("x", Pattern.DOTALL),
                new IllegalStateException("boom"), new int[] {1, 2}, Map.of(1, "one")), binary);
        assertEquals(7.0, back.get(0));
        assertEquals(7.0, back.get(1));
        assertEquals("c", back.get(2));
        assertEquals(new LinkedHashSet<>(List.of("s")), back.get(3));
        assertEquals(Instant.ofEpochMilli(5), back.get(4));
        assertEquals(new JsRegExp("x", "s"), back.get(5));
        JsError error = assertInstanceOf(JsError.class, back.get(6));
        assertEquals("Error", error.name());
        assertEquals("boom", error.getMessage());
        assertNull(error.jsStack());
        assertEquals(List.of(1.0, 2.0), back.get(7));
        assertEquals(Map.of("1", "one"), back.get(8));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void keepsCyclesAndSharedReferences(boolean binary) {
        List<Object> self = new ArrayList<>();
        Map<String, Object> shared = new LinkedHashMap<>();
        byte[] bytes = {1};
        self.add(self);
        self.add(shared);
        self.add(List.of(shared, bytes, bytes));
        List<?> back = (List<?>) roundTrip(self, binary);
        assertSame(back, back.get(0));
        List<?> inner = (List<?>) back.get(2);
        assertSame(back.get(1), inner.get(0));
        assertSame(inner.get(1), inner.get(2));

        // (No cycle through a set element: Java hashes collections by content, so that cannot exist here.)
        JsMap map = new JsMap();
        Set<Object> set = new LinkedHashSet<>();
        List<Object> element = List.of("e");
        map.put("self", map);
        map.put("set", set);
        map.put(element, element);
        set.add(element);
        JsMap mapBack = (JsMap) roundTrip(map, binary);
        assertSame(mapBack, mapBack.get("self"));
        Object elementBack = ((Set<?>) mapBack.get("set")).iterator().next();
        mapBack.forEach((k, v) -> {
            if (k instanceof List) {
                assertSame(elementBack, k);
                assertSame(elementBack, v);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void sparseArrayKeepsItsHolesBothWays(boolean binary) {
        String json = "{\"$\":\"arr\",\"len\":1000000,\"v\":[[3,{\"$\":\"ref\",\"v\":0}],[999999,\"far\"]]}";
        Object list = ValueDecoder.decode(json);
        assertEquals(json, ValueEncoder.encodeText(roundTrip(list, binary)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roundTripsAOneMebibyteStringAndByteArray(boolean binary) {
        String s = "abcdefgh\u00e9\u4e2d\ud83d\ude00".repeat(1 << 17).substring(0, 1 << 20);
        byte[] bytes = new byte[1 << 20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        List<?> back = (List<?>) roundTrip(List.of(s, bytes, s + "\udc00"), binary);
        assertEquals(s, back.get(0));
        assertArrayEquals(bytes, (byte[]) back.get(1));
        assertEquals(s + "\udc00", back.get(2));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void reencodesTheCanonicalFixturesByteForByte(boolean binary) {
        for (String json : WireFixtures.CANONICAL) {
            Object value = ValueDecoder.decode(json);
            assertEquals(json, ValueEncoder.encodeText(value), json);
            assertEquals(json, ValueEncoder.encodeText(roundTrip(value, binary)), json);
        }
    }

    /** Equality that compares arrays and typed arrays by content, NaN by bits and -0.0 apart from 0.0. */
    private static void assertDeepEquals(Object expected, Object actual) {
        if (expected instanceof Double d) {
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((Double) actual), d + " vs " + actual);
        } else if (expected instanceof byte[] b) {
            assertArrayEquals(b, (byte[]) actual);
        } else if (expected instanceof List<?> list) {
            List<?> other = assertInstanceOf(List.class, actual);
            assertEquals(list.size(), other.size());
            for (int i = 0; i < list.size(); i++) {
                assertDeepEquals(list.get(i), other.get(i));
            }
        } else if (expected instanceof Map<?, ?> map) {
            assertEquals(expected.getClass() == JsMap.class, actual instanceof JsMap, "JsMap stays a JsMap");
            Map<?, ?> other = (Map<?, ?>) actual;
            assertEquals(new ArrayList<>(map.keySet()), new ArrayList<>(other.keySet()));
            map.forEach((k, v) -> assertDeepEquals(v, other.get(k)));
        } else if (expected instanceof String s) {
            assertEquals(s, actual);
            assertTrue(actual instanceof String);
        } else {
            assertEquals(expected, actual);
        }
    }
}
