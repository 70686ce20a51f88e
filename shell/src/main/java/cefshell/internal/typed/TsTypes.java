package cefshell.internal.typed;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cefshell.JsMap;
import cefshell.JsRegExp;
import cefshell.TypedArray;
import cefshell.Undefined;

/**
 * Java types as TypeScript, following the README's type table: records and POJOs become interfaces (Gson's field
 * rules: every non-static, non-transient field, superclasses' too), enums string unions, {@code Instant} a Date,
 * {@code byte[]} a Uint8Array, {@code Optional<T>} {@code T | undefined}, {@code List<T>} {@code T[]},
 * {@code Map<String, V>} {@code Record<string, V>}. Named types are collected as they are met, with a unique name
 * each; {@link #declarations()} lists them.
 */
final class TsTypes {
    private final Map<Class<?>, String> names = new LinkedHashMap<>();
    private final Map<Class<?>, String> declarations = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final String prefix;

    /** @param prefix how the declarations are referred to where types are used, e.g. {@code "Ipc."} */
    TsTypes(String prefix) {
        this.prefix = prefix;
    }

    String of(Type t) {
        if (t instanceof ParameterizedType p) {
            return parameterized(p);
        }
        if (t instanceof GenericArrayType g) {
            return array(of(g.getGenericComponentType()));
        }
        if (t instanceof WildcardType w) {
            return w.getUpperBounds().length == 1 ? of(w.getUpperBounds()[0]) : "unknown";
        }
        if (!(t instanceof Class<?> c)) {
            return "unknown"; // a type variable: nothing more is known
        }
        return ofClass(c);
    }

    private String ofClass(Class<?> c) {
        if (c == void.class || c == Void.class) {
            return "void";
        }
        if (c == Undefined.class) {
            return "undefined";
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return "string";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (c == BigInteger.class) {
            return "bigint";
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            return "number";
        }
        if (c == Instant.class || c == java.util.Date.class) {
            return "Date";
        }
        if (c == byte[].class) {
            return "Uint8Array";
        }
        if (c == ByteBuffer.class) {
            return "ArrayBuffer";
        }
        if (c == TypedArray.class) {
            return "ArrayBufferView";
        }
        if (c.isArray()) {
            return array(of(c.getComponentType()));
        }
        if (c == JsRegExp.class || c == Pattern.class) {
            return "RegExp";
        }
        if (Throwable.class.isAssignableFrom(c)) {
            return "Error";
        }
        if (c == JsMap.class) {
            return "Map<unknown, unknown>";
        }
        if (c == Object.class || c.isInterface() && !Collection.class.isAssignableFrom(c)
                && !Map.class.isAssignableFrom(c)) {
            return "unknown";
        }
        if (Set.class.isAssignableFrom(c)) {
            return "Set<unknown>";
        }
        if (Collection.class.isAssignableFrom(c)) {
            return "unknown[]";
        }
        if (Map.class.isAssignableFrom(c)) {
            return "Record<string, unknown>";
        }
        if (c == java.util.Optional.class) {
            return "unknown";
        }
        return prefix + named(c);
    }

    private String parameterized(ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == java.util.Optional.class) {
            return of(args[0]) + " | undefined";
        }
        if (JavaTypes.settled(p) != p) {
            return of(args[0]);
        }
        if (Set.class.isAssignableFrom(raw)) {
            return "Set<" + of(args[0]) + ">";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return array(of(args[0]));
        }
        if (Map.class.isAssignableFrom(raw) && args.length == 2) {
            return args[0] == String.class ? "Record<string, " + of(args[1]) + ">"
                    : "Map<" + of(args[0]) + ", " + of(args[1]) + ">";
        }
        return ofClass(raw); // a generic record or POJO: its type-variable fields are unknown
    }

    private static String array(String element) {
        return element.contains(" ") ? "(" + element + ")[]" : element + "[]";
    }

    /** The declaration's name, declaring it (and what its fields name) on first sight. */
    private String named(Class<?> c) {
        String name = names.get(c);
        if (name != null) {
            return name;
        }
        name = c.getSimpleName().isEmpty() ? "Anonymous" : c.getSimpleName();
        for (int i = 2; !taken.add(name); i++) {
            name = c.getSimpleName() + i;
        }
        names.put(c, name);
        declarations.put(c, ""); // placeholder: a field may name this type again
        declarations.put(c, c.isEnum() ? enumUnion(name, c) : objectInterface(name, c));
        return name;
    }

    private static String enumUnion(String name, Class<?> c) {
        List<String> constants = new ArrayList<>();
        for (Object constant : c.getEnumConstants()) {
            constants.add("'" + ((Enum<?>) constant).name() + "'");
        }
        return "/** Java enum " + c.getName().replace('$', '.') + " */\nexport type " + name + " = "
                + (constants.isEmpty() ? "never" : String.join(" | ", constants)) + ";\n";
    }

    private String objectInterface(String name, Class<?> c) {
        StringBuilder b = new StringBuilder("/** Java " + (c.isRecord() ? "record " : "class ")
                + c.getName().replace('$', '.') + " */\n")
                .append("export interface ").append(name).append(" {\n");
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                member(b, rc.getName(), rc.getGenericType());
            }
        } else {
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                chain.add(0, k);
            }
            for (Class<?> k : chain) {
                for (Field f : k.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                        member(b, f.getName(), f.getGenericType());
                    }
                }
            }
        }
        return b.append("}\n").toString();
    }

    private void member(StringBuilder b, String name, Type type) {
        boolean optional = JavaTypes.isOptional(type);
        b.append("  ").append(name).append(optional ? "?: " : ": ").append(of(type)).append(";\n");
    }

    /** Every named type met so far, in the order first met. */
    List<String> declarations() {
        return List.copyOf(declarations.values());
    }
}
