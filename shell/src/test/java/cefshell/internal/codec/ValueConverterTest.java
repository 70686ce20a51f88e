package cefshell.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cefshell.JsError;
import cefshell.TypedArray;
import cefshell.Undefined;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    /** What a page would send, as the Java side receives it. */
    private static Object decoded(String json) {
        return ValueDecoder.decode(json);
    }

    @Test
    void returnsAValueOfTheRequestedClassAsItIs() {
        Object map = decoded("{\"a\":[1]}");
        assertSame(map, ValueConverter.convert(map, Map.class));
        assertSame(map, ValueConverter.convert(map, Object.class));
        assertSame(map, ValueConverter.convert(map, new TypeToken<Map<String, Object>>() { }.getType()));
        Object list = decoded("[1,\"a\"]");
        assertSame(list, ValueConverter.convert(list, new TypeToken<List<?>>() { }.getType()));
        assertEquals("s", ValueConverter.convert("s", String.class));
    }

    @Test
    void convertsWholeNumbersToEveryIntegerType() {
        assertEquals(3, ValueConverter.convert(3.0, int.class));
        assertEquals(3, ValueConverter.convert(3.0, Integer.class));
        assertEquals(-3L, ValueConverter.convert(-3.0, long.class));
        assertEquals((short) 7, ValueConverter.convert(7.0, short.class));
        assertEquals((byte) -128, ValueConverter.convert(-128.0, byte.class));
        assertEquals(9007199254740992L, ValueConverter.convert(9007199254740992.0, Long.class));
        assertEquals(Long.MAX_VALUE, ValueConverter.convert(BigInteger.valueOf(Long.MAX_VALUE), long.class));
        assertEquals(0, ValueConverter.convert(-0.0, int.class));
        assertEquals(1.5f, ValueConverter.convert(1.5, float.class));
        assertEquals(new BigInteger("1000000000000000000000"), ValueConverter.convert(1e21, BigInteger.class));
        assertEquals(new BigDecimal("0.1"), ValueConverter.convert(0.1, BigDecimal.class));
    }

    @Test
    void refusesNumbersThatDoNotFitExactly() {
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(3.5, int.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(2147483648.0, int.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(128.0, byte.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(9.3e18, long.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(Double.NaN, long.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(BigInteger.TWO.pow(64), long.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(0.5, BigInteger.class));
    }

    @Test
    void givesNullForNullAndUndefinedExceptToPrimitives() {
        assertNull(ValueConverter.convert(null, String.class));
        assertNull(ValueConverter.convert(Undefined.INSTANCE, Integer.class));
        assertNull(ValueConverter.convert(Undefined.INSTANCE, new TypeToken<List<String>>() { }.getType()));
        assertSame(Undefined.INSTANCE, ValueConverter.convert(Undefined.INSTANCE, Object.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(null, int.class));
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(Undefined.INSTANCE, boolean.class));
    }

    record Point(int x, int y) {
    }

    record Drawing(String title, List<Point> points, byte[] thumbnail, Instant created, Map<String, Object> meta,
            int[] ids, Color color) {
    }

    enum Color { RED, GREEN }

    @Test
    void buildsRecordsWithNestedValuesConvertedByTheSameRules() {
        Object value = decoded("{\"title\":\"t\",\"points\":[{\"x\":1,\"y\":2}],"
                + "\"thumbnail\":{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b64\":\"AQID\"},\"created\":{\"$\":\"date\",\"v\":5},"
                + "\"meta\":{\"when\":{\"$\":\"date\",\"v\":6},\"n\":1,\"u\":{\"$\":\"u\"}},"
                + "\"ids\":{\"$\":\"ta\",\"k\":\"Int32Array\",\"b64\":\"AQAAAAIAAAA=\"},\"color\":\"GREEN\",\"extra\":true}");
        Drawing d = ValueConverter.convert(value, Drawing.class);
        assertEquals("t", d.title());
        assertEquals(List.of(new Point(1, 2)), d.points());
        assertArrayEquals(new byte[] {1, 2, 3}, d.thumbnail());
        assertEquals(Instant.ofEpochMilli(5), d.created());
        assertEquals(Instant.ofEpochMilli(6), d.meta().get("when"), "open maps keep decoded values");
        assertEquals(1.0, d.meta().get("n"));
        assertTrue(d.meta().containsKey("u"));
        assertNull(d.meta().get("u"), "undefined is null once Gson is involved");
        assertArrayEquals(new int[] {1, 2}, d.ids());
        assertEquals(Color.GREEN, d.color());
    }

    @Test
    void refusesAFractionForAnIntFieldInsideARecord() {
        Object value = decoded("{\"x\":1.5,\"y\":2}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueConverter.convert(value, Point.class));
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    }

    @Test
    void refusesANameThatIsNoConstantOfTheEnumRatherThanNull() {
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> ValueConverter.convert(decoded("{\"color\":\"BLUE\"}"), Drawing.class));
        assertTrue(nested.getMessage().contains("\"BLUE\" is not one of [RED, GREEN]"), nested.getMessage());
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> ValueConverter.convert("BLUE", Color.class));
        assertTrue(alone.getMessage().contains("\"BLUE\" is not one of [RED, GREEN]"), alone.getMessage());
        assertEquals(Color.RED, ValueConverter.convert("RED", Color.class));
    }

    static final class Settings {
        String name;
        double volume = 1;
        long[] counters;
        Set<String> tags;
        Map<Integer, String> byNumber;
    }

    @Test
    void buildsPojosAndGenericCollections() {
        Object value = decoded("{\"name\":\"n\",\"counters\":[1,2],\"tags\":{\"$\":\"set\",\"v\":[\"a\",\"b\"]},"
                + "\"byNumber\":{\"$\":\"map\",\"v\":[[1,\"one\"]]}}");
        Settings s = ValueConverter.convert(value, Settings.class);
        assertEquals("n", s.name);
        assertEquals(1.0, s.volume, "absent fields keep their defaults");
        assertArrayEquals(new long[] {1, 2}, s.counters);
        assertEquals(Set.of("a", "b"), s.tags);
        assertEquals(Map.of(1, "one"), s.byNumber);

        Type points = new TypeToken<List<Point>>() { }.getType();
        assertEquals(List.of(new Point(3, 4)), ValueConverter.convert(decoded("[{\"x\":3,\"y\":4}]"), points));
        Type counts = new TypeToken<Map<String, Integer>>() { }.getType();
        assertEquals(Map.of("a", 1), ValueConverter.convert(decoded("{\"a\":1}"), counts));
    }

    @Test
    void convertsDatesBytesAndRegExpsDirectly() {
        assertEquals(new Date(5), ValueConverter.convert(Instant.ofEpochMilli(5), Date.class));
        TypedArray floats = TypedArray.of(1.5, 2.5);
        assertArrayEquals(new double[] {1.5, 2.5}, ValueConverter.convert(floats, double[].class));
        assertArrayEquals(floats.bytes(), ValueConverter.convert(floats, byte[].class));
        assertEquals(ByteBuffer.wrap(new byte[] {1}), ValueConverter.convert(new byte[] {1}, ByteBuffer.class));
        assertArrayEquals(new byte[] {2}, ValueConverter.convert(ByteBuffer.wrap(new byte[] {2}), byte[].class));
        Pattern p = ValueConverter.convert(decoded("{\"$\":\"re\",\"src\":\"^a.c$\",\"fl\":\"is\"}"), Pattern.class);
        assertTrue(p.matcher("A\nC").matches());
        assertInstanceOf(RuntimeException.class, ValueConverter.convert(new JsError("Error", "x"), RuntimeException.class));
        assertEquals('c', ValueConverter.convert("c", char.class));
    }

    @Test
    void refusesConversionsThatMakeNoSense() {
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(decoded("[1]"), Point.class));
        assertThrows(IllegalArgumentException.class,
                () -> ValueConverter.convert(TypedArray.of(1.5), int[].class), "not the same element type");
        Object bytesInRecord = decoded("{\"title\":{\"$\":\"ta\",\"k\":\"Uint8Array\",\"b64\":\"AQID\"}}");
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(bytesInRecord, Drawing.class));
    }

    record Loose(Object any) {
    }

    @Test
    void explainsThatObjectFieldsCannotHoldBinaryValues() {
        assertEquals(Map.of("k", 1.0), ValueConverter.convert(decoded("{\"any\":{\"k\":1}}"), Loose.class).any());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueConverter.convert(decoded("{\"any\":{\"$\":\"date\",\"v\":1}}"), Loose.class));
        assertTrue(e.getMessage().contains("Object"), e.getMessage());
    }

    @Test
    void refusesCyclesWhenGsonIsNeeded() {
        Object cyclic = decoded("{\"x\":1,\"y\":2,\"self\":{\"$\":\"ref\",\"v\":0}}");
        assertThrows(IllegalArgumentException.class, () -> ValueConverter.convert(cyclic, Point.class));
        assertSame(cyclic, ValueConverter.convert(cyclic, Map.class), "no Gson needed, no problem");
    }
}
