// Long file: one encoder walks every value type of docs/wire-format.md; split, each part would need its whole state.
package cefshell.internal.codec;

import cefshell.JsError;
import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The state of encoding one message: the output, the container numbering and the blobs. Used once. */
final class Encoding {

    private static final double TWO_TO_63 = 0x1p63;

    private final PojoTrees pojos;
    private final List<byte[]> blobs; // null: binary data inline as base64
    private final JsonSink sink = new JsonSink();
    private final JsonWriter out = new JsonWriter(sink);
    private final IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();

    Encoding(PojoTrees pojos, boolean binary) {
        this.pojos = pojos;
        this.blobs = binary ? new ArrayList<>() : null;
        out.setHtmlSafe(false);
        out.setSerializeNulls(true);
    }

    EncodedMessage run(Object value) throws IOException {
        write(value);
        out.flush();
        return new EncodedMessage(sink.text(), blobs == null ? List.of() : blobs);
    }

    private void write(Object v) throws IOException {
        if (v == null) {
            out.nullValue();
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Number n) {
            number(n);
        } else if (v instanceof Boolean b) {
            out.value(b.booleanValue());
        } else {
            Shape shape = Shape.of(v.getClass());
            if (!shape.container) {
                scalar(shape, v);
            } else if (register(v)) {
                container(shape, v);
            }
        }
    }

    /**
     * Numbers {@code v} if it is new and returns true; otherwise writes a ref to it and returns false. Every
     * container is numbered in the order it is first met, before its children, as the decoders count.
     */
    private boolean register(Object v) throws IOException {
        Integer number = seen.putIfAbsent(v, seen.size());
        if (number == null) {
            return true;
        }
        tag("ref");
        out.name("v").value(number.longValue());
        out.endObject();
        return false;
    }

    private void scalar(Shape shape, Object v) throws IOException {
        switch (shape) {
            case UNDEFINED -> undefined();
            case TEXT -> string(v instanceof Enum<?> e ? e.name() : v.toString());
            case OPTIONAL -> optional(v);
            case JSON -> json((JsonElement) v);
            case POJO -> pojo(v);
            default -> throw new AssertionError(shape);
        }
    }

    private void container(Shape shape, Object v) throws IOException {
        switch (shape) {
            case LIST -> list((Collection<?>) v);
            case SET -> elements("set", (Collection<?>) v);
            case JS_MAP -> jsMap((JsMap) v);
            case MAP -> object((Map<?, ?>) v);
            case BYTES -> typedArray("Uint8Array", (byte[]) v);
            case TYPED_ARRAY -> typedArray(((TypedArray) v).kind().jsName(), ((TypedArray) v).bytes());
            case BUFFER -> arrayBuffer((ByteBuffer) v);
            case ARRAY -> javaArray(v);
            case DATE -> date(v instanceof Instant i ? millis(i) : ((java.util.Date) v).getTime());
            case REGEXP -> regExp(v instanceof JsRegExp r ? r : of((Pattern) v));
            case ERROR -> error((Throwable) v);
            default -> throw new AssertionError(shape);
        }
    }

    // ---- scalars

    private void string(String s) throws IOException {
        if (blobs != null && s.length() >= Wire.STRING_BLOB_MIN && Wire.isWellFormed(s)) {
            tag("str");
            blob(s.getBytes(StandardCharsets.UTF_8));
            out.endObject();
        } else {
            out.value(s);
        }
    }

    private void number(Number n) throws IOException {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            out.value(n.longValue()); // exact digits; the page's JSON.parse rounds as a double conversion would
        } else if (n instanceof BigInteger big) {
            tag("big");
            out.name("v").value(big.toString());
            out.endObject();
        } else {
            number(n.doubleValue());
        }
    }

    private void number(double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < TWO_TO_63) { // whole: exact as a long, written as JavaScript does
            if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
                specialNumber("-0");
            } else {
                out.value((long) d); // "3", not Java's "3.0"
            }
        } else if (Double.isNaN(d)) {
            specialNumber("NaN");
        } else if (Double.isInfinite(d)) {
            specialNumber(d > 0 ? "Infinity" : "-Infinity");
        } else {
            out.value(d);
        }
    }

    private void specialNumber(String text) throws IOException {
        tag("num");
        out.name("v").value(text);
        out.endObject();
    }

    private void undefined() throws IOException {
        tag("u");
        out.endObject();
    }

    private void optional(Object v) throws IOException {
        if (v instanceof Optional<?> o) {
            write(o.isPresent() ? o.get() : Undefined.INSTANCE);
        } else if (v instanceof OptionalInt o) {
            write(o.isPresent() ? (Object) o.getAsInt() : Undefined.INSTANCE);
        } else if (v instanceof OptionalLong o) {
            write(o.isPresent() ? (Object) o.getAsLong() : Undefined.INSTANCE);
        } else {
            OptionalDouble o = (OptionalDouble) v;
            write(o.isPresent() ? (Object) o.getAsDouble() : Undefined.INSTANCE);
        }
    }

    // ---- Gson trees and POJOs

    /** A JsonElement stands for its JSON value; an {@link Opaque} inside one for the value it carries. */
    private void json(JsonElement e) throws IOException {
        if (e.isJsonNull()) {
            out.nullValue();
        } else if (e instanceof JsonPrimitive p) {
            primitive(p);
        } else if (register(e)) {
            tree(e);
        }
    }

    private void primitive(JsonPrimitive p) throws IOException {
        if (p.isString()) {
            string(p.getAsString());
        } else if (p.isBoolean()) {
            out.value(p.getAsBoolean());
        } else {
            Number n = p.getAsNumber();
            if (n instanceof Opaque o) {
                write(o.value());
            } else if (n instanceof BigInteger) {
                number(n.doubleValue()); // a JSON number, not a BigInt
            } else {
                number(n);
            }
        }
    }

    /** Writes an already numbered JsonObject or JsonArray. */
    private void tree(JsonElement e) throws IOException {
        if (e instanceof JsonObject o) {
            object(o.asMap());
        } else {
            out.beginArray();
            for (JsonElement item : (JsonArray) e) {
                json(item);
            }
            out.endArray();
        }
    }

    private void pojo(Object v) throws IOException {
        JsonElement tree;
        try {
            tree = pojos.toTree(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot encode a " + v.getClass().getName() + ": " + e.getMessage(), e);
        }
        if (tree.isJsonObject() || tree.isJsonArray()) {
            // The Java object is the container: numbered (and found again) as itself, not as its throwaway tree.
            if (register(v)) {
                tree(tree);
            }
        } else {
            json(tree);
        }
    }

    // ---- containers

    private void list(Collection<?> c) throws IOException {
        if (c instanceof HoleyList h && h.hasHoles()) {
            sparse(h);
            return;
        }
        out.beginArray();
        for (Object item : c) {
            write(item);
        }
        out.endArray();
    }

    private void sparse(HoleyList list) throws IOException {
        tag("arr");
        out.name("len").value(list.size());
        out.name("v").beginArray();
        for (int i = 0, n = list.size(); i < n; i++) {
            if (!list.isHole(i)) {
                out.beginArray().value(i);
                write(list.get(i));
                out.endArray();
            }
        }
        out.endArray();
        out.endObject();
    }

    private void elements(String tag, Collection<?> c) throws IOException {
        tag(tag);
        out.name("v").beginArray();
        for (Object item : c) {
            write(item);
        }
        out.endArray();
        out.endObject();
    }

    private void javaArray(Object array) throws IOException {
        out.beginArray();
        if (array instanceof Object[] objects) {
            for (Object item : objects) {
                write(item);
            }
        } else {
            for (int i = 0, n = java.lang.reflect.Array.getLength(array); i < n; i++) {
                write(java.lang.reflect.Array.get(array, i));
            }
        }
        out.endArray();
    }

    private void jsMap(JsMap map) throws IOException {
        tag("map");
        out.name("v").beginArray();
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            out.beginArray();
            write(e.getKey()); // key before value: the decoders number them in this order
            write(e.getValue());
            out.endArray();
        }
        out.endArray();
        out.endObject();
    }

    private void object(Map<?, ?> map) throws IOException {
        Map<String, ?> named = stringKeyed(map);
        boolean escaped = named.containsKey(Wire.TAG);
        if (escaped) {
            tag("obj");
            out.name("v");
        }
        out.beginObject();
        Iterable<? extends Map.Entry<String, ?>> entries = ObjectKeys.needsReordering(named.keySet())
                ? ObjectKeys.inJsOrder(cast(named.entrySet()))
                : named.entrySet();
        for (Map.Entry<String, ?> e : entries) {
            out.name(e.getKey());
            write(e.getValue());
        }
        out.endObject();
        if (escaped) {
            out.endObject();
        }
    }

    @SuppressWarnings("unchecked")
    private static Iterable<Map.Entry<String, Object>> cast(Iterable<? extends Map.Entry<String, ?>> entries) {
        return (Iterable<Map.Entry<String, Object>>) entries;
    }

    /** The map itself when its keys are all strings (the usual case), else a copy keyed by String.valueOf. */
    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeyed(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, value) -> copy.put(String.valueOf(k), value));
                return copy;
            }
        }
        return (Map<String, ?>) map;
    }

    private void typedArray(String kind, byte[] bytes) throws IOException {
        tag("ta");
        out.name("k").value(kind);
        bytes(bytes);
        out.endObject();
    }

    private void arrayBuffer(ByteBuffer buffer) throws IOException {
        ByteBuffer view = buffer.duplicate(); // leaves the caller's position alone
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        tag("ab");
        bytes(bytes);
        out.endObject();
    }

    private void date(long millis) throws IOException {
        tag("date");
        out.name("v");
        if (Math.abs(millis) <= Wire.MAX_DATE_MILLIS) {
            out.value(millis);
        } else {
            out.nullValue(); // outside JavaScript's range: an invalid Date
        }
        out.endObject();
    }

    private static long millis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException tooFar) {
            return Long.MAX_VALUE;
        }
    }

    private void regExp(JsRegExp re) throws IOException {
        tag("re");
        out.name("src").value(re.source());
        out.name("fl").value(re.flags());
        out.endObject();
    }

    /** Java and JavaScript regex syntax differ: the source is passed as is, and only the i, m and s flags map. */
    private static JsRegExp of(Pattern p) {
        int f = p.flags();
        String flags = ((f & Pattern.CASE_INSENSITIVE) != 0 ? "i" : "")
                + ((f & Pattern.MULTILINE) != 0 ? "m" : "")
                + ((f & Pattern.DOTALL) != 0 ? "s" : "");
        return new JsRegExp(p.pattern(), flags);
    }

    private void error(Throwable t) throws IOException {
        JsError js = t instanceof JsError e ? e : null;
        String message = t.getMessage();
        tag("err");
        out.name("n").value(js != null ? Wire.errorName(js.name()) : "Error");
        out.name("m").value(message == null ? "" : message);
        out.name("st");
        if (js != null && js.jsStack() != null) {
            out.value(js.jsStack());
        } else {
            out.nullValue(); // a Java stack trace is not the page's business
        }
        out.endObject();
    }

    // ---- pieces of tagged objects

    private void tag(String tag) throws IOException {
        out.beginObject();
        out.name(Wire.TAG).value(tag);
    }

    private void bytes(byte[] bytes) throws IOException {
        if (blobs != null) {
            blob(bytes);
        } else {
            // Base64 never needs escaping: skip JsonWriter's per-character string escaping.
            out.name("b64").jsonValue('"' + Base64.getEncoder().encodeToString(bytes) + '"');
        }
    }

    private void blob(byte[] bytes) throws IOException {
        out.name("b").value(blobs.size());
        blobs.add(bytes);
    }
}
