package cefshell.internal.codec;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes Java values to the IPC wire format of docs/wire-format.md (the Java half of {@code codec.js}).
 *
 * <p>The mapping is the "Java to JS" column of that document: strings, numbers, booleans, {@code null},
 * {@link cefshell.Undefined}, {@code BigInteger} (BigInt), lists, collections and arrays (Array), sets (Set),
 * {@link cefshell.JsMap} (Map), other maps (plain object), {@code byte[]} (Uint8Array),
 * {@link cefshell.TypedArray}, {@code ByteBuffer} (ArrayBuffer), {@code Instant} and {@code java.util.Date}
 * (Date), {@link cefshell.JsRegExp} and {@code Pattern} (RegExp), throwables (Error), {@code Optional}
 * (its value or undefined), Gson trees (their JSON), and records and POJOs (plain objects, with Gson's field
 * rules; their field values are encoded by these same rules). Shared references and cycles are kept.
 *
 * <p>Records and POJOs are laid out by a default {@link Gson}. Thread-safe; encoding a value must not run
 * concurrently with changes to that value.
 */
public final class ValueEncoder {

    /** Its Gson is built on the first record or POJO: the first message of a process does not wait for one. */
    private static final ValueEncoder DEFAULT = new ValueEncoder(new PojoTrees(Gson::new));

    private final PojoTrees pojos;

    /** An encoder that lays out records and POJOs with {@code gson}'s field rules and type adapters. */
    ValueEncoder(Gson gson) {
        this(new PojoTrees(() -> gson));
    }

    /** An encoder that lays out records and POJOs with {@code pojos}. */
    ValueEncoder(PojoTrees pojos) {
        this.pojos = pojos;
    }

    /**
     * Encodes {@code value}.
     *
     * @param binary true for a transport that carries blobs: byte arrays, typed arrays, ArrayBuffers and long
     *     strings go to {@link EncodedMessage#blobs()}; false for a text-only transport: they go inline, the bytes
     *     as base64, and the blob list is empty
     * @throws IllegalArgumentException if a POJO cannot be laid out by Gson, or the value is nested too deeply
     */
    public static EncodedMessage encode(Object value, boolean binary) {
        return DEFAULT.run(value, binary);
    }

    /**
     * Encodes {@code value} for a text-only transport: the JSON text alone. Small values of the commonest shapes take
     * a shortcut ({@link SmallValues}) with the same output.
     */
    public static String encodeText(Object value) {
        String small = SmallValues.text(value);
        return small != null ? small : DEFAULT.run(value, false).json();
    }

    /** Appends {@link #encodeText}'s output to {@code sb}, without a string of its own for the commonest shapes. */
    public static void appendText(StringBuilder sb, Object value) {
        if (!SmallValues.appendText(sb, value)) {
            sb.append(DEFAULT.run(value, false).json());
        }
    }

    /** {@link #encodeText} without the shortcut: the general encoder, which the shortcut must equal. */
    static String encodeTextGeneral(Object value) {
        return DEFAULT.run(value, false).json();
    }

    EncodedMessage run(Object value, boolean binary) {
        try {
            return new Encoding(pojos, binary).run(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sink is in memory: not expected
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("value nested too deeply to encode", e);
        }
    }
}
