package cefshell.internal.typed;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/** Small questions about declared Java types that both the handler and the TypeScript writer ask. */
final class JavaTypes {
    private JavaTypes() {
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class; // type variables and wildcards: nothing more is known
    }

    /** The i-th type argument, or {@code Object} for a raw type. */
    static Type argument(Type t, int i) {
        return t instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
    }

    static boolean isOptional(Type t) {
        return raw(t) == Optional.class;
    }

    /** What a page's promise resolves with: the value of a CompletionStage or Future, else the type itself. */
    static Type settled(Type t) {
        Class<?> r = raw(t);
        return CompletionStage.class.isAssignableFrom(r) || Future.class.isAssignableFrom(r) ? argument(t, 0) : t;
    }

    /** {@code List<Note>} rather than {@code java.util.List<com.example.Note>}. */
    static String simpleName(Type t) {
        return t.getTypeName().replaceAll("[\\w$]+\\.", "").replace('$', '.');
    }

    /** "an int", "a NoteId": for error messages. */
    static String withArticle(Type t) {
        String name = simpleName(t);
        return ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
