package cefshell.internal.typed;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cefshell.IpcEndpoint;
import cefshell.IpcHandler;

/** Finds the {@code @IpcEndpoint} methods of a class and makes an invoke handler of each. */
public final class TypedEndpoints {
    private TypedEndpoints() {
    }

    /**
     * One handler per channel of {@code target}'s endpoint methods, ordered by method name.
     *
     * @throws IllegalArgumentException if there is none, or one is not public, or two share a channel
     */
    public static Map<String, IpcHandler> handlers(Object target) {
        Objects.requireNonNull(target, "endpoints == null");
        Map<String, IpcHandler> out = new LinkedHashMap<>();
        for (Endpoint e : of(target.getClass())) {
            e.method().setAccessible(true); // a public method of a non-public class (a nested or local class)
            out.put(e.channel(), new TypedHandler(target, e));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(target.getClass().getName() + " has no @IpcEndpoint method");
        }
        return out;
    }

    /** Whether {@code type} declares or inherits an endpoint method (what {@code shell types} looks for). */
    public static boolean hasEndpoints(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) { // where of() looks
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(IpcEndpoint.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The endpoints of {@code type}, ordered by method name, then channel. */
    static List<Endpoint> of(Class<?> type) {
        List<Endpoint> list = new ArrayList<>();
        Map<String, Method> channels = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(IpcEndpoint.class) || m.isBridge() || overridden(type, m)) {
                    continue;
                }
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
                    throw new IllegalArgumentException("@IpcEndpoint method " + c.getName() + "." + m.getName()
                            + " must be public and not static");
                }
                Endpoint e = Endpoint.of(m);
                Method before = channels.put(e.channel(), m);
                if (before != null) {
                    throw new IllegalArgumentException("two @IpcEndpoint methods for '" + e.channel() + "': "
                            + before.getName() + " and " + m.getName() + " in " + type.getName());
                }
                list.add(e);
            }
        }
        list.sort(Comparator.comparing((Endpoint e) -> e.method().getName()).thenComparing(Endpoint::channel));
        return list;
    }

    /** A superclass method that {@code type} overrides: the override's own annotation, if any, counts instead. */
    private static boolean overridden(Class<?> type, Method m) {
        if (m.getDeclaringClass() == type) {
            return false;
        }
        for (Class<?> c = type; c != m.getDeclaringClass(); c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(m.getName(), m.getParameterTypes());
                return true;
            } catch (NoSuchMethodException e) {
                // not here
            }
        }
        return false;
    }
}
