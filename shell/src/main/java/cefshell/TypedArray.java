package cefshell;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A JavaScript typed array or {@code DataView}: its kind and its bytes, little-endian as in JavaScript memory.
 *
 * <p>Over IPC a {@code Uint8Array} is a plain {@code byte[]}; every other kind arrives as a {@code TypedArray}.
 * A {@code TypedArray} of kind {@link Kind#UINT8} also encodes as a {@code Uint8Array}.
 * The bytes are not copied: {@link #bytes()} returns the array this object was made with, so treat it as
 * read-only once shared. Equality is by kind and content.
 */
public final class TypedArray {

    /** The JavaScript constructor behind a typed array. */
    public enum Kind {
        INT8("Int8Array", 1),
        UINT8("Uint8Array", 1),
        UINT8_CLAMPED("Uint8ClampedArray", 1),
        INT16("Int16Array", 2),
        UINT16("Uint16Array", 2),
        INT32("Int32Array", 4),
        UINT32("Uint32Array", 4),
        FLOAT32("Float32Array", 4),
        FLOAT64("Float64Array", 8),
        BIGINT64("BigInt64Array", 8),
        BIGUINT64("BigUint64Array", 8),
        /** A {@code DataView}: bytes without an element type. */
        DATA_VIEW("DataView", 1);

        private final String jsName;
        private final int bytesPerElement;

        Kind(String jsName, int bytesPerElement) {
            this.jsName = jsName;
            this.bytesPerElement = bytesPerElement;
        }

        /** The JavaScript constructor name, for example {@code "Float32Array"}. */
        public String jsName() {
            return jsName;
        }

        /** The element size in bytes ({@code BYTES_PER_ELEMENT}); 1 for {@code DataView}. */
        public int bytesPerElement() {
            return bytesPerElement;
        }

        /** The kind with this JavaScript constructor name, or {@code null} if there is none. */
        public static Kind ofJsName(String jsName) {
            for (Kind kind : values()) {
                if (kind.jsName.equals(jsName)) {
                    return kind;
                }
            }
            return null;
        }
    }

    private final Kind kind;
    private final byte[] bytes;

    /**
     * Wraps {@code bytes} (not copied) as a typed array of {@code kind}.
     *
     * @throws IllegalArgumentException if the length is not a multiple of the element size
     */
    public TypedArray(Kind kind, byte[] bytes) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        if (bytes.length % kind.bytesPerElement != 0) {
            throw new IllegalArgumentException(kind.jsName + " needs a multiple of " + kind.bytesPerElement
                    + " bytes, got " + bytes.length);
        }
    }

    /** An {@code Int16Array} holding these values. */
    public static TypedArray of(short... values) {
        ByteBuffer buffer = allocate(values.length * 2);
        buffer.asShortBuffer().put(values);
        return new TypedArray(Kind.INT16, buffer.array());
    }

    /** An {@code Int32Array} holding these values. */
    public static TypedArray of(int... values) {
        ByteBuffer buffer = allocate(values.length * 4);
        buffer.asIntBuffer().put(values);
        return new TypedArray(Kind.INT32, buffer.array());
    }

    /** A {@code BigInt64Array} holding these values. */
    public static TypedArray of(long... values) {
        ByteBuffer buffer = allocate(values.length * 8);
        buffer.asLongBuffer().put(values);
        return new TypedArray(Kind.BIGINT64, buffer.array());
    }

    /** A {@code Float32Array} holding these values. */
    public static TypedArray of(float... values) {
        ByteBuffer buffer = allocate(values.length * 4);
        buffer.asFloatBuffer().put(values);
        return new TypedArray(Kind.FLOAT32, buffer.array());
    }

    /** A {@code Float64Array} holding these values. */
    public static TypedArray of(double... values) {
        ByteBuffer buffer = allocate(values.length * 8);
        buffer.asDoubleBuffer().put(values);
        return new TypedArray(Kind.FLOAT64, buffer.array());
    }

    private static ByteBuffer allocate(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The JavaScript kind. */
    public Kind kind() {
        return kind;
    }

    /** The bytes, little-endian; the array itself, not a copy. */
    public byte[] bytes() {
        return bytes;
    }

    /** The number of elements ({@code length} in JavaScript; the byte length for a {@code DataView}). */
    public int length() {
        return bytes.length / kind.bytesPerElement;
    }

    /** The bytes as a little-endian buffer (a view sharing {@link #bytes()}). */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The elements of a 16-bit kind (Uint16 values read as Java's signed {@code short}). */
    public ShortBuffer asShortBuffer() {
        return asByteBuffer().asShortBuffer();
    }

    /** The elements of a 32-bit integer kind (Uint32 values read as Java's signed {@code int}). */
    public IntBuffer asIntBuffer() {
        return asByteBuffer().asIntBuffer();
    }

    /** The elements of a 64-bit integer kind (BigUint64 values read as Java's signed {@code long}). */
    public LongBuffer asLongBuffer() {
        return asByteBuffer().asLongBuffer();
    }

    /** The elements of a {@code Float32Array}. */
    public FloatBuffer asFloatBuffer() {
        return asByteBuffer().asFloatBuffer();
    }

    /** The elements of a {@code Float64Array}. */
    public DoubleBuffer asDoubleBuffer() {
        return asByteBuffer().asDoubleBuffer();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypedArray that && kind == that.kind && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return kind.jsName + "(" + length() + ")";
    }
}
