package org.cef.browser;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * JCEF's private fields and methods that the classes of this package reach, looked up once. Each lookup gives null
 * when this JCEF lacks the member, and its caller then leaves the job to JCEF.
 */
final class JcefMembers {
    private JcefMembers() {
    }

    static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** {@code params} may hold nulls (types that could not be found): then there is no such method. */
    static Method method(Class<?> owner, String name, Class<?>... params) {
        for (Class<?> p : params) {
            if (p == null) {
                return null;
            }
        }
        try {
            Method m = owner.getDeclaredMethod(name, params);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
