package cefshell.internal.codec;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.Undefined;

/**
 * Decodes the DevTools protocol's "deep serialized" values ({@code Runtime.evaluate} with
 * {@code serializationOptions: {serialization: "deep"}}) into the same Java types IPC decodes to (the README's type
 * table): used for {@code executeJavaScript} where the bridge cannot return the value itself (context isolation, or a
 * page whose Content-Security-Policy forbids {@code eval}). Shared references and cycles come back as the same
 * object. What the protocol does not serialise by value (functions, symbols, DOM nodes, the bytes of binary data)
 * comes back as {@code null}.
 */
public final class DeepSerializedValues {
    private final Map<String, Object> byInternalId = new HashMap<>();

    private DeepSerializedValues() {
    }

    /** The Java value of one deep-serialized remote value. */
    public static Object toJava(JsonObject remote) {
        return new DeepSerializedValues().read(remote);
    }

    private Object read(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return null;
        }
        JsonObject o = element.getAsJsonObject();
        String type = o.has("type") ? o.get("type").getAsString() : "undefined";
        String internalId = o.has("internalId") ? o.get("internalId").getAsString() : null;
        if (internalId != null && !o.has("value") && byInternalId.containsKey(internalId)) {
            return byInternalId.get(internalId); // a reference to a container seen before (a cycle or a shared one)
        }
        JsonElement value = o.get("value");
        switch (type) {
            case "undefined":
                return Undefined.INSTANCE;
            case "null":
                return null;
            case "string":
                return value.getAsString();
            case "boolean":
                return value.getAsBoolean();
            case "number":
                return number(value);
            case "bigint":
                return new BigInteger(value.getAsString());
            case "date":
                return Instant.parse(value.getAsString());
            case "regexp": {
                JsonObject r = value.getAsJsonObject();
                return new JsRegExp(r.get("pattern").getAsString(), r.has("flags") ? r.get("flags").getAsString() : "");
            }
            case "array": {
                List<Object> list = remember(internalId, new ArrayList<>());
                for (JsonElement e : array(value)) {
                    list.add(read(e));
                }
                return list;
            }
            case "set": {
                LinkedHashSet<Object> set = remember(internalId, new LinkedHashSet<>());
                for (JsonElement e : array(value)) {
                    set.add(read(e));
                }
                return set;
            }
            case "object": {
                Map<String, Object> map = remember(internalId, new LinkedHashMap<>());
                for (JsonElement e : array(value)) {
                    JsonArray pair = e.getAsJsonArray();
                    Object key = pair.get(0).isJsonPrimitive() ? pair.get(0).getAsString() : read(pair.get(0));
                    map.put(String.valueOf(key), read(pair.get(1)));
                }
                return map;
            }
            case "map": {
                JsMap map = remember(internalId, new JsMap());
                for (JsonElement e : array(value)) {
                    JsonArray pair = e.getAsJsonArray();
                    Object key = pair.get(0).isJsonPrimitive() ? pair.get(0).getAsString() : read(pair.get(0));
                    map.put(key, read(pair.get(1)));
                }
                return map;
            }
            default:
                return null;
        }
    }

    private <T> T remember(String internalId, T container) {
        if (internalId != null) {
            byInternalId.put(internalId, container);
        }
        return container;
    }

    private static JsonArray array(JsonElement value) {
        return value == null || !value.isJsonArray() ? new JsonArray() : value.getAsJsonArray();
    }

    private static Double number(JsonElement value) {
        if (value.getAsJsonPrimitive().isNumber()) {
            return value.getAsDouble();
        }
        return switch (value.getAsString()) {
            case "NaN" -> Double.NaN;
            case "-0" -> -0.0;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.valueOf(value.getAsString());
        };
    }
}
