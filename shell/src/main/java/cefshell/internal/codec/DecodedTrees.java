package cefshell.internal.codec;

import cefshell.JsMap;
import cefshell.Undefined;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoded values as Gson trees, for {@link ValueConverter}, and back.
 *
 * <p>JSON-shaped values (maps, collections, strings, numbers, booleans, null and undefined) become their JSON;
 * everything else (Instant, byte[], TypedArray, ByteBuffer, JsRegExp, JsError) rides along as an {@link Opaque}
 * for the converter's adapters to hand over or convert directly.
 */
final class DecodedTrees {

    private DecodedTrees() {
    }

    static JsonElement toTree(Object value) {
        return toTree(value, new IdentityHashMap<>());
    }

    private static JsonElement toTree(Object v, IdentityHashMap<Object, Boolean> path) {
        if (v == null || v == Undefined.INSTANCE) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof String s) {
            return new JsonPrimitive(s);
        }
        if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (v instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (!(v instanceof Map || v instanceof Collection || v instanceof Object[])) {
            return new JsonPrimitive(new Opaque(v));
        }
        // Shared references are fine (the tree just repeats them); a cycle has no tree.
        if (path.put(v, Boolean.TRUE) != null) {
            throw new IllegalArgumentException("a value with a cycle cannot be converted through Gson");
        }
        JsonElement tree = v instanceof Map<?, ?> map ? map(map, path) : array(v, path);
        path.remove(v);
        return tree;
    }

    private static JsonElement map(Map<?, ?> map, IdentityHashMap<Object, Boolean> path) {
        if (map instanceof JsMap && !map.keySet().stream().allMatch(String.class::isInstance)) {
            // Gson's map adapter reads [[key, value], ...] into maps with non-string keys.
            JsonArray pairs = new JsonArray();
            map.forEach((key, value) -> {
                JsonArray pair = new JsonArray();
                pair.add(toTree(key, path));
                pair.add(toTree(value, path));
                pairs.add(pair);
            });
            return pairs;
        }
        JsonObject object = new JsonObject();
        map.forEach((key, value) -> object.add(String.valueOf(key), toTree(value, path)));
        return object;
    }

    private static JsonElement array(Object collectionOrArray, IdentityHashMap<Object, Boolean> path) {
        Iterable<?> items = collectionOrArray instanceof Object[] a ? Arrays.asList(a) : (Collection<?>) collectionOrArray;
        JsonArray array = new JsonArray();
        for (Object item : items) {
            array.add(toTree(item, path));
        }
        return array;
    }

    /** The decoded-style value of a tree built by {@link #toTree}: objects as LinkedHashMap, arrays as ArrayList. */
    static Object fromTree(JsonElement e) {
        if (e.isJsonNull()) {
            return null;
        }
        if (e instanceof JsonPrimitive p) {
            if (p.isString()) {
                return p.getAsString();
            }
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            Number n = p.getAsNumber();
            return n instanceof Opaque o ? o.value() : n;
        }
        if (e instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            array.forEach(item -> list.add(fromTree(item)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        e.getAsJsonObject().asMap().forEach((key, value) -> map.put(key, fromTree(value)));
        return map;
    }
}
