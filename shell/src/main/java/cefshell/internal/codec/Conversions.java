package cefshell.internal.codec;

import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * The direct conversions of {@link ValueConverter}: decoded values that need no Gson to become the target class
 * (numbers to Java's numeric types, checked for exactness; dates; bytes and typed arrays; regular expressions).
 */
final class Conversions {

    /** Returned when there is no direct conversion. */
    static final Object NONE = new Object();

    private Conversions() {
    }

    /** {@code value} as an instance of {@code target} (boxed if primitive), or {@link #NONE}. */
    static Object convert(Object value, Class<?> target) {
        if (target == Object.class || target.isInstance(value)) {
            return value;
        }
        if (value == null || value == Undefined.INSTANCE) {
            if (target.isPrimitive()) {
                throw mismatch(value, target);
            }
            return null;
        }
        if (value instanceof Number n) {
            return number(n, target);
        }
        if (value instanceof Instant instant) {
            return target == Date.class ? Date.from(instant) : NONE;
        }
        if (value instanceof byte[] bytes) {
            return bytes(new TypedArray(TypedArray.Kind.UINT8, bytes), target);
        }
        if (value instanceof TypedArray typed) {
            return bytes(typed, target);
        }
        if (value instanceof ByteBuffer buffer) {
            return target == byte[].class ? remaining(buffer) : NONE;
        }
        if (value instanceof JsRegExp re && target == Pattern.class) {
            return pattern(re);
        }
        if (value instanceof String s && s.length() == 1 && (target == char.class || target == Character.class)) {
            return s.charAt(0);
        }
        return NONE;
    }

    private static Object number(Number n, Class<?> target) {
        if (target == double.class || target == Double.class) {
            return n.doubleValue();
        }
        if (target == float.class || target == Float.class) {
            return n.floatValue();
        }
        if (target == int.class || target == Integer.class) {
            return (int) whole(n, Integer.MIN_VALUE, Integer.MAX_VALUE, target);
        }
        if (target == long.class || target == Long.class) {
            return whole(n, Long.MIN_VALUE, Long.MAX_VALUE, target);
        }
        if (target == short.class || target == Short.class) {
            return (short) whole(n, Short.MIN_VALUE, Short.MAX_VALUE, target);
        }
        if (target == byte.class || target == Byte.class) {
            return (byte) whole(n, Byte.MIN_VALUE, Byte.MAX_VALUE, target);
        }
        if (target == BigInteger.class || target == BigDecimal.class) {
            double d = n.doubleValue(); // n is not a BigInteger here: that would be an instance of both
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw mismatch(n, target);
            }
            BigDecimal decimal = BigDecimal.valueOf(d);
            if (target == BigDecimal.class) {
                return decimal;
            }
            try {
                return decimal.toBigIntegerExact();
            } catch (ArithmeticException notWhole) {
                throw mismatch(n, target);
            }
        }
        return NONE;
    }

    /** {@code n} as a long, if it is a whole number within [min, max]: no silent truncation or wrapping. */
    private static long whole(Number n, long min, long max, Class<?> target) {
        if (n instanceof BigInteger big) {
            if (big.bitLength() < 64 && big.longValue() >= min && big.longValue() <= max) {
                return big.longValue();
            }
            throw mismatch(n, target);
        }
        double d = n.doubleValue();
        if (d >= min && d < (double) max + 1.0 && d == Math.rint(d)) {
            return (long) d;
        }
        throw mismatch(n, target);
    }

    private static IllegalArgumentException mismatch(Object value, Class<?> target) {
        return new IllegalArgumentException("expected a " + target.getSimpleName() + " but got " + value);
    }

    /** Bytes between their binary types; element arrays only from the typed array of the same element type. */
    private static Object bytes(TypedArray typed, Class<?> target) {
        TypedArray.Kind kind = typed.kind();
        if (target == byte[].class) {
            return typed.bytes();
        }
        if (target == ByteBuffer.class) {
            return ByteBuffer.wrap(typed.bytes());
        }
        if (target == TypedArray.class) {
            return typed;
        }
        if (target == short[].class && (kind == TypedArray.Kind.INT16 || kind == TypedArray.Kind.UINT16)) {
            short[] values = new short[typed.length()];
            typed.asShortBuffer().get(values);
            return values;
        }
        if (target == int[].class && (kind == TypedArray.Kind.INT32 || kind == TypedArray.Kind.UINT32)) {
            int[] values = new int[typed.length()];
            typed.asIntBuffer().get(values);
            return values;
        }
        if (target == long[].class
                && (kind == TypedArray.Kind.BIGINT64 || kind == TypedArray.Kind.BIGUINT64)) {
            long[] values = new long[typed.length()];
            typed.asLongBuffer().get(values);
            return values;
        }
        if (target == float[].class && kind == TypedArray.Kind.FLOAT32) {
            float[] values = new float[typed.length()];
            typed.asFloatBuffer().get(values);
            return values;
        }
        if (target == double[].class && kind == TypedArray.Kind.FLOAT64) {
            double[] values = new double[typed.length()];
            typed.asDoubleBuffer().get(values);
            return values;
        }
        return NONE;
    }

    private static byte[] remaining(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    /** JavaScript and Java regex syntax differ: only compatible patterns compile; flags i, m and s map. */
    private static Pattern pattern(JsRegExp re) {
        int flags = 0;
        for (char c : re.flags().toCharArray()) {
            switch (c) {
                case 'i' -> flags |= Pattern.CASE_INSENSITIVE;
                case 'm' -> flags |= Pattern.MULTILINE;
                case 's' -> flags |= Pattern.DOTALL;
                case 'u' -> flags |= Pattern.UNICODE_CASE;
                default -> { } // g, y, d, v: matching state, not part of the pattern
            }
        }
        return Pattern.compile(re.source(), flags);
    }
}
