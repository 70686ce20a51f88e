package cefshell.internal.codec;

import cefshell.JsError;
import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Decodes the IPC wire format of docs/wire-format.md to Java values (the "Java (decoded)" column there):
 * numbers are always {@code Double}, arrays {@code ArrayList} (sparse ones keep their holes), plain objects
 * {@code LinkedHashMap<String,Object>}, and so on. Shared references and cycles come back as the same Java object.
 *
 * <p>The JSON is streamed straight into Java objects, each container registered before its children are read so
 * that {@code ref} entries (cycles included) resolve to it. Thread-safe: each call has its own state.
 */
public final class ValueDecoder {

    private final JsonReader in;
    private final List<byte[]> blobs;
    private final List<Object> refs = new ArrayList<>(); // containers in numbering order
    private final Map<String, Object> leaf = new HashMap<>(); // fields of the tagged value being read

    private ValueDecoder(JsonReader in, List<byte[]> blobs) {
        this.in = in;
        this.blobs = blobs == null ? List.of() : blobs;
    }

    /**
     * Decodes one value.
     *
     * @param blobs the blobs beside the JSON ({@code "b":i} points into it); null or empty for text transports.
     *     Uint8Arrays decode to these very arrays, not copies.
     * @throws IllegalArgumentException if the text is not a well-formed encoded value
     */
    public static Object decode(String json, List<byte[]> blobs) {
        JsonReader in = new JsonReader(new StringReader(json));
        try {
            Object value = decode(in, blobs);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("text after the value");
            }
            return value;
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException("malformed IPC value: " + e.getMessage(), e);
        }
    }

    /** Decodes one value that came without blobs. */
    public static Object decode(String json) {
        return decode(json, null);
    }

    /**
     * Decodes the next value of {@code in} (which may be embedded in a larger document) and leaves {@code in}
     * after it. Its container numbering is its own.
     *
     * @throws IOException if the JSON is malformed (as {@link JsonReader} reports it)
     * @throws IllegalStateException if the JSON has an unexpected structure (as {@link JsonReader} reports it)
     * @throws IllegalArgumentException if an encoded value is malformed (bad tag, ref, index, base64, blob index...)
     */
    public static Object decode(JsonReader in, List<byte[]> blobs) throws IOException {
        try {
            return new ValueDecoder(in, blobs).read();
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("malformed IPC value: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // Also what a cycle through a Set element or Map key gives: Java hashes collections by content.
            throw new IllegalArgumentException("IPC value nested too deeply, or a cycle through a Set or Map key", e);
        }
    }

    private Object read() throws IOException {
        switch (in.peek()) {
            case STRING:
                return in.nextString();
            case NUMBER:
                return in.nextDouble();
            case BOOLEAN:
                return in.nextBoolean();
            case NULL:
                in.nextNull();
                return null;
            case BEGIN_ARRAY:
                return array();
            case BEGIN_OBJECT:
                return object();
            default:
                throw new IllegalArgumentException("unexpected " + in.peek() + " at " + in.getPath());
        }
    }

    private List<Object> array() throws IOException {
        ArrayList<Object> list = register(new ArrayList<>());
        in.beginArray();
        while (in.hasNext()) {
            list.add(read());
        }
        in.endArray();
        return list;
    }

    private Object object() throws IOException {
        in.beginObject();
        if (in.hasNext()) {
            String first = in.nextName();
            if (first.equals(Wire.TAG)) {
                return tagged(in.nextString());
            }
            Map<String, Object> map = register(new LinkedHashMap<>());
            map.put(first, read());
            fields(map);
            return map;
        }
        in.endObject();
        return register(new LinkedHashMap<String, Object>());
    }

    /** Reads the remaining members of an object into {@code map}, keys taken literally, and closes it. */
    private void fields(Map<String, Object> map) throws IOException {
        while (in.hasNext()) {
            String name = in.nextName();
            map.put(name, read());
        }
        in.endObject();
    }

    private Object tagged(String tag) throws IOException {
        switch (tag) {
            case "arr":
                return sparseArray();
            case "obj":
                return escapedObject();
            case "map":
                return map();
            case "set":
                return set();
            default:
                return leaf(tag);
        }
    }

    private List<Object> sparseArray() throws IOException {
        HoleyList list = register(new HoleyList());
        int length = -1;
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "len" -> {
                    length = index(in.nextDouble(), Wire.MAX_SPARSE_LENGTH + 1L);
                    list.grow(length);
                }
                case "v" -> {
                    in.beginArray();
                    while (in.hasNext()) {
                        in.beginArray();
                        int i = index(in.nextDouble(), Wire.MAX_SPARSE_LENGTH);
                        list.put(i, read());
                        in.endArray();
                    }
                    in.endArray();
                }
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (length < 0 || list.size() > length) {
            throw new IllegalArgumentException("sparse array entries beyond its length " + length);
        }
        list.seal();
        return list;
    }

    private static int index(double d, long limit) {
        if (!(d >= 0 && d < limit && d == Math.rint(d))) {
            throw new IllegalArgumentException("bad array index or length " + d);
        }
        return (int) d;
    }

    private Map<String, Object> escapedObject() throws IOException {
        Map<String, Object> map = register(new LinkedHashMap<>());
        while (in.hasNext()) {
            if (in.nextName().equals("v")) {
                in.beginObject();
                fields(map);
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        return map;
    }

    private JsMap map() throws IOException {
        JsMap map = register(new JsMap());
        while (in.hasNext()) {
            if (in.nextName().equals("v")) {
                in.beginArray();
                while (in.hasNext()) {
                    in.beginArray();
                    Object key = read(); // key before value, as the encoders number them
                    map.put(key, read());
                    in.endArray();
                }
                in.endArray();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        return map;
    }

    private LinkedHashSet<Object> set() throws IOException {
        LinkedHashSet<Object> set = register(new LinkedHashSet<>());
        while (in.hasNext()) {
            if (in.nextName().equals("v")) {
                in.beginArray();
                while (in.hasNext()) {
                    set.add(read());
                }
                in.endArray();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        return set;
    }

    /** A tagged value whose fields are all scalars. Containers among them have no children, so registering
     * them after their fields are read gives the same numbering as registering them first. */
    private Object leaf(String tag) throws IOException {
        leaf.clear();
        while (in.hasNext()) {
            String name = in.nextName();
            leaf.put(name, scalar());
        }
        in.endObject();
        switch (tag) {
            case "u":
                return Undefined.INSTANCE;
            case "num":
                return specialNumber(text("v"));
            case "big":
                return new BigInteger(text("v"));
            case "str":
                return new String(bytes(), StandardCharsets.UTF_8);
            case "ref":
                return refs.get(index(number("v"), refs.size()));
            case "date": {
                Object v = leaf.get("v");
                return register(v == null ? null : Instant.ofEpochMilli((long) number("v")));
            }
            case "re":
                return register(new JsRegExp(text("src"), text("fl")));
            case "ab":
                return register(ByteBuffer.wrap(bytes()));
            case "ta": {
                TypedArray.Kind kind = TypedArray.Kind.ofJsName(text("k"));
                if (kind == null) {
                    throw new IllegalArgumentException("unknown typed array kind " + leaf.get("k"));
                }
                byte[] bytes = bytes();
                return register(kind == TypedArray.Kind.UINT8 ? bytes : new TypedArray(kind, bytes));
            }
            case "err":
                return register(new JsError(Wire.errorName((String) leaf.get("n")), (String) leaf.get("m"),
                        (String) leaf.get("st"))); // a non-string field fails the cast: malformed
            default:
                throw new IllegalArgumentException("unknown tag " + tag);
        }
    }

    private Object scalar() throws IOException {
        switch (in.peek()) {
            case STRING:
                return in.nextString();
            case NUMBER:
                return in.nextDouble();
            case NULL:
                in.nextNull();
                return null;
            default:
                throw new IllegalArgumentException("unexpected " + in.peek() + " at " + in.getPath());
        }
    }

    private static Double specialNumber(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            case "-0":
                return -0.0;
            default:
                throw new IllegalArgumentException("unknown special number " + text);
        }
    }

    private String text(String field) {
        if (leaf.get(field) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("missing text field " + field);
    }

    private double number(String field) {
        if (leaf.get(field) instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("missing number field " + field);
    }

    private byte[] bytes() {
        if (leaf.get("b") != null) {
            return blobs.get(index(number("b"), blobs.size()));
        }
        return Base64.getDecoder().decode(text("b64"));
    }

    private <T> T register(T container) {
        refs.add(container);
        return container;
    }
}
