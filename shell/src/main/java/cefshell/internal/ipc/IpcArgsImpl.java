package cefshell.internal.ipc;

import java.lang.reflect.Type;
import java.util.Collections;
import java.util.List;

import cefshell.IpcArgs;
import cefshell.internal.codec.ValueConverter;

/** Decoded arguments; conversions go through {@link ValueConverter}. */
final class IpcArgsImpl implements IpcArgs {
    private final List<Object> values;

    IpcArgsImpl(List<Object> values) {
        this.values = Collections.unmodifiableList(values);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Object get(int i) {
        return values.get(i);
    }

    @Override
    public <T> T get(int i, Class<T> type) {
        return get(i, (Type) type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(int i, Type type) {
        Object value = values.get(i);
        try {
            return (T) ValueConverter.convert(value, type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("argument " + i + " (" + describe(value) + ") cannot be converted to "
                    + type.getTypeName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Object> asList() {
        return values;
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
