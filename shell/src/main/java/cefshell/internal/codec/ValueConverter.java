package cefshell.internal.codec;

import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Converts decoded IPC values (what {@link ValueDecoder} returns) to the Java type a caller asks for, as
 * {@code IpcArgs.get(i, type)} does.
 *
 * <ul>
 *   <li>A value that already is of the requested class is returned as is; so is a collection or map asked for
 *       with open type arguments ({@code List<Object>}, {@code Map<String, Object>}).</li>
 *   <li>Numbers (always {@code Double} when decoded) convert to any Java numeric type, but only exactly:
 *       {@code 3.0} gives the int 3, while {@code 3.5} or {@code 1e10} asked for as an int is an error.</li>
 *   <li>Direct conversions: Date to {@code Instant} or {@code java.util.Date}; Uint8Array, ArrayBuffer and typed
 *       arrays to {@code byte[]}, {@code ByteBuffer}, {@code TypedArray} and to the Java array of the same element
 *       type ({@code int[]} from an Int32Array...); RegExp to {@code Pattern} when the syntax allows.</li>
 *   <li>Anything else (records, POJOs, {@code List<Point>}, enums...) goes through Gson: the value becomes a
 *       Gson tree and {@code gson.fromJson(tree, type)} builds the result, with the rules above applied to every
 *       nested value. Inside a Gson-built object, a field declared as plain {@code Object} gets Gson's own model
 *       (LinkedTreeMap, Double...) and cannot hold a Date, bytes, RegExp or Error: declare such fields with their
 *       type. Values with cycles cannot go through Gson.</li>
 * </ul>
 * Thread-safe.
 */
public final class ValueConverter {

    /**
     * Its Gson is built on the first conversion that needs one (records, POJOs, generic types): building a Gson costs
     * tens of milliseconds on a cold JVM, and the first message of a process should not wait for it.
     */
    private static final ValueConverter DEFAULT = new ValueConverter(Gson::new);

    private final GsonOnDemand gson;

    /** A converter that builds records and POJOs with {@code gson}'s field rules and type adapters. */
    ValueConverter(Gson gson) {
        this(() -> gson);
    }

    /** A converter whose Gson (then given its field rules and adapters) comes from {@code base} when first needed. */
    ValueConverter(Supplier<Gson> base) {
        this.gson = new GsonOnDemand(() -> base.get().newBuilder()
                .registerTypeAdapterFactory(new DecodedValueAdapters())
                .setObjectToNumberStrategy(ValueConverter::numberForObjectSlot)
                .create());
    }

    /**
     * Converts {@code value} to {@code type} (for a primitive type, to its box).
     *
     * @throws IllegalArgumentException if the value does not fit the type
     */
    @SuppressWarnings("unchecked")
    public static <T> T convert(Object value, Class<T> type) {
        return (T) DEFAULT.to(value, type);
    }

    /**
     * Converts {@code value} to {@code type}, which may be generic (from a {@code TypeToken}).
     *
     * @throws IllegalArgumentException if the value does not fit the type
     */
    public static Object convert(Object value, Type type) {
        return DEFAULT.to(value, type);
    }

    Object to(Object value, Type type) {
        if (type instanceof Class<?> c) {
            Object direct = Conversions.convert(value, c);
            if (direct != Conversions.NONE) {
                return direct;
            }
        } else if (value == null || value == Undefined.INSTANCE) {
            return null;
        } else if (fitsAsIs(value, type)) {
            return value;
        }
        try {
            return gson.get().fromJson(DecodedTrees.toTree(value), TypeToken.get(type));
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("cannot convert a " + value.getClass().getName() + " to "
                    + type.getTypeName() + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code value} needs no conversion to be a {@code type} with open type arguments. */
    private static boolean fitsAsIs(Object value, Type type) {
        if (!(type instanceof ParameterizedType p) || !((Class<?>) p.getRawType()).isInstance(value)) {
            return false;
        }
        Type[] args = p.getActualTypeArguments();
        for (int i = 0; i < args.length; i++) {
            boolean stringKeys = i == 0 && args.length == 2 && args[0] == String.class && value instanceof Map<?, ?> m
                    && m.keySet().stream().allMatch(String.class::isInstance);
            if (!isOpen(args[i]) && !stringKeys) {
                return false;
            }
        }
        return true;
    }

    /** {@code Object}, {@code ?} or {@code ? extends Object}: any decoded value fits. */
    private static boolean isOpen(Type arg) {
        if (arg == Object.class) {
            return true;
        }
        return arg instanceof WildcardType w && w.getLowerBounds().length == 0
                && w.getUpperBounds().length == 1 && w.getUpperBounds()[0] == Object.class;
    }

    /** Gson's Object-typed slots ask this for numbers: an Opaque there has no Gson representation. */
    private static Number numberForObjectSlot(JsonReader in) throws IOException {
        Number n = JsonParser.parseReader(in).getAsNumber();
        if (n instanceof Opaque o) {
            throw new JsonSyntaxException("a " + o.value().getClass().getName() + " cannot be stored in a field of"
                    + " type Object; declare the field with its own type");
        }
        return n;
    }

    /**
     * Applies {@link Conversions} to every nested value Gson reads for a leaf type (numbers, strings, dates,
     * bytes...), and keeps decoded values as they are for open collections and maps ({@code List<Object>}).
     */
    private final class DecodedValueAdapters implements TypeAdapterFactory {

        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (isLeaf(raw)) {
                return new LeafAdapter<>(raw, () -> gson.getDelegateAdapter(this, type));
            }
            if (type.getType() instanceof ParameterizedType p && isOpenContainer(raw, p)) {
                return new OpenContainerAdapter<>(raw, gson.getDelegateAdapter(this, type));
            }
            return null;
        }

        private boolean isLeaf(Class<?> raw) {
            return raw.isPrimitive() || raw.isEnum() || raw.isArray() || raw == String.class
                    || raw == Character.class || raw == Boolean.class || Number.class.isAssignableFrom(raw)
                    || raw == Instant.class || raw == java.util.Date.class || raw == ByteBuffer.class
                    || raw == TypedArray.class || raw == JsRegExp.class || raw == Pattern.class
                    || raw == Undefined.class || Throwable.class.isAssignableFrom(raw);
        }

        private boolean isOpenContainer(Class<?> raw, ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (raw.isAssignableFrom(LinkedHashMap.class)) {
                return (args[0] == String.class || isOpen(args[0])) && isOpen(args[1]);
            }
            return raw.isAssignableFrom(ArrayList.class) && isOpen(args[0]);
        }
    }

    private static final class LeafAdapter<T> extends TypeAdapter<T> {

        private final Class<? super T> raw;
        // Gson's own adapter, made on first need: for Instant, Pattern and the like there is none (making one
        // throws), and the direct conversions usually make it unnecessary.
        private final Supplier<TypeAdapter<T>> gsonAdapterFactory;
        private volatile TypeAdapter<T> gsonAdapter;

        LeafAdapter(Class<? super T> raw, Supplier<TypeAdapter<T>> gsonAdapterFactory) {
            this.raw = raw;
            this.gsonAdapterFactory = gsonAdapterFactory;
        }

        private TypeAdapter<T> gsonAdapter() {
            TypeAdapter<T> adapter = gsonAdapter;
            if (adapter == null) {
                adapter = gsonAdapterFactory.get();
                gsonAdapter = adapter;
            }
            return adapter;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(JsonReader in) throws IOException {
            JsonElement e = JsonParser.parseReader(in); // the tree's own element: Opaques survive
            if (e.isJsonNull()) {
                return null; // Gson leaves a primitive field at its default
            }
            if (e instanceof JsonPrimitive p && p.isNumber()) {
                Number n = p.getAsNumber();
                Object value = n instanceof Opaque o ? o.value() : n;
                Object converted = Conversions.convert(value, raw);
                if (converted != Conversions.NONE) {
                    return (T) converted;
                }
                if (n instanceof Opaque) {
                    throw new JsonSyntaxException("cannot convert a " + value.getClass().getName() + " to "
                            + raw.getName());
                }
            }
            T result = gsonAdapter().fromJsonTree(e);
            if (result == null && raw.isEnum()) { // Gson's enum adapter reads an unknown name as null, silently
                throw new JsonSyntaxException(e + " is not one of " + java.util.Arrays.toString(raw.getEnumConstants()));
            }
            return result;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            gsonAdapter().write(out, value);
        }
    }

    private static final class OpenContainerAdapter<T> extends TypeAdapter<T> {

        private final Class<? super T> raw;
        private final TypeAdapter<T> gsonAdapter;

        OpenContainerAdapter(Class<? super T> raw, TypeAdapter<T> gsonAdapter) {
            this.raw = raw;
            this.gsonAdapter = gsonAdapter;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(JsonReader in) throws IOException {
            JsonElement e = JsonParser.parseReader(in);
            Object value = DecodedTrees.fromTree(e);
            // A JS Map with non-string keys arrives as [[k, v], ...]: Gson's map adapter knows that form.
            return value == null || raw.isInstance(value) ? (T) value : gsonAdapter.fromJsonTree(e);
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            gsonAdapter.write(out, value);
        }
    }
}
