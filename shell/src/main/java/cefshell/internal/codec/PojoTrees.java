package cefshell.internal.codec;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Turns records and POJOs into Gson trees one level deep, for the encoder.
 *
 * <p>Gson decides which fields exist and what they are called (its field rules, {@code @SerializedName},
 * the caller's own adapters); the codec decides how each field value is encoded. So every field value is put in
 * the tree as an {@link Opaque} rather than converted by Gson: the encoder then encodes it like any other value,
 * which keeps {@code byte[]}, {@code Instant}, NaN, nested identity and cycles working inside POJOs.
 */
final class PojoTrees {

    /** Writes any value as an {@link Opaque}. */
    private static final TypeAdapter<Object> OPAQUE = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Object value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(new Opaque(value));
            }
        }

        @Override
        public Object read(JsonReader in) {
            throw new UnsupportedOperationException("encoding only");
        }
    };

    /** The top-level object of a tree, which must get Gson's own adapter instead of becoming an Opaque. */
    private record Root(Object value) {
    }

    /** Installed after the caller's adapters, so theirs still win. */
    private final TypeAdapterFactory factory = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            return (TypeAdapter<T>) (type.getRawType() == Root.class ? rootAdapter : OPAQUE);
        }
    };

    private final TypeAdapter<Object> rootAdapter = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Object root) throws IOException {
            Object value = ((Root) root).value();
            delegates.get(value.getClass()).write(out, value);
        }

        @Override
        public Object read(JsonReader in) {
            throw new UnsupportedOperationException("encoding only");
        }
    };

    // The adapter Gson would use for a class without `factory` (built-in or reflective). Gson does not cache
    // delegate adapters, and building a reflective one is costly.
    private final ClassValue<TypeAdapter<Object>> delegates = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected TypeAdapter<Object> computeValue(Class<?> type) {
            return (TypeAdapter<Object>) gson.get().getDelegateAdapter(factory, TypeToken.get(type));
        }
    };

    private final GsonOnDemand gson;

    /**
     * @param base the caller's Gson, asked for only when the first record or POJO is encoded: most messages hold none
     */
    PojoTrees(Supplier<Gson> base) {
        this.gson = new GsonOnDemand(() -> base.get().newBuilder()
                .serializeNulls() // structured clone keeps null fields
                // Gson.toJsonTree then writes leniently, and a lenient tree writer never asks an Opaque for its value.
                .setStrictness(Strictness.LENIENT)
                .registerTypeAdapterFactory(factory)
                .create());
    }

    /** The Gson tree of {@code value}, whose nested values are {@link Opaque}s. */
    JsonElement toTree(Object value) {
        return gson.get().toJsonTree(new Root(value), Root.class);
    }
}
