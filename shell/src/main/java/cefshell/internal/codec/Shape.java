package cefshell.internal.codec;

import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;
import com.google.gson.JsonElement;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Java class becomes on the wire (the "Java to JS" column of docs/wire-format.md), decided once per class.
 * Strings, numbers and booleans are tested before this lookup and have no shape.
 */
enum Shape {
    UNDEFINED(false),
    /** Character, CharSequence, enum: a string. */
    TEXT(false),
    OPTIONAL(false),
    /** A Gson tree: its JSON value. */
    JSON(false),
    LIST(true),
    SET(true),
    JS_MAP(true),
    MAP(true),
    BYTES(true),
    TYPED_ARRAY(true),
    BUFFER(true),
    /** Any Java array but byte[]. */
    ARRAY(true),
    DATE(true),
    REGEXP(true),
    ERROR(true),
    /** Records, POJOs and anything else: whatever Gson makes of it. */
    POJO(false);

    /** Whether values of this shape are containers (numbered, and written as refs when met again). */
    final boolean container;

    Shape(boolean container) {
        this.container = container;
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return classify(type);
        }
    };

    static Shape of(Class<?> type) {
        return SHAPES.get(type);
    }

    private static Shape classify(Class<?> c) {
        if (c == Undefined.class) {
            return UNDEFINED;
        }
        if (CharSequence.class.isAssignableFrom(c) || c == Character.class || Enum.class.isAssignableFrom(c)) {
            return TEXT;
        }
        if (c == Optional.class || c == OptionalInt.class || c == OptionalLong.class || c == OptionalDouble.class) {
            return OPTIONAL;
        }
        if (JsonElement.class.isAssignableFrom(c)) {
            return JSON;
        }
        if (JsMap.class.isAssignableFrom(c)) {
            return JS_MAP;
        }
        if (Map.class.isAssignableFrom(c)) {
            return MAP;
        }
        if (Set.class.isAssignableFrom(c)) {
            return SET;
        }
        if (Collection.class.isAssignableFrom(c)) {
            return LIST;
        }
        if (c == byte[].class) {
            return BYTES;
        }
        if (c.isArray()) {
            return ARRAY;
        }
        if (c == TypedArray.class) {
            return TYPED_ARRAY;
        }
        if (ByteBuffer.class.isAssignableFrom(c)) {
            return BUFFER;
        }
        if (c == Instant.class || java.util.Date.class.isAssignableFrom(c)) {
            return DATE;
        }
        if (c == JsRegExp.class || c == Pattern.class) {
            return REGEXP;
        }
        if (Throwable.class.isAssignableFrom(c)) {
            return ERROR;
        }
        return POJO;
    }
}
