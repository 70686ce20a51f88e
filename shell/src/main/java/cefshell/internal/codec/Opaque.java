package cefshell.internal.codec;

/**
 * Carries a Java object through a Gson {@code JsonElement} tree untouched, in a {@code JsonPrimitive}.
 *
 * <p>Gson trees hold only JSON values, but the codec needs to put values in them that JSON cannot express
 * (a field's {@code byte[]}, {@code Instant}, a nested object whose identity matters). A {@code JsonPrimitive}
 * keeps the very {@link Number} instance it is given, so this subclass rides along and the codec unwraps it.
 * It is never a real number: reading it as one is a conversion error.
 */
final class Opaque extends Number {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: lives only inside one encode or convert call
    private final Object value;

    Opaque(Object value) {
        this.value = value;
    }

    Object value() {
        return value;
    }

    private IllegalArgumentException notANumber() {
        return new IllegalArgumentException("a " + value.getClass().getName() + " is not a number");
    }

    @Override
    public int intValue() {
        throw notANumber();
    }

    @Override
    public long longValue() {
        throw notANumber();
    }

    @Override
    public float floatValue() {
        throw notANumber();
    }

    @Override
    public double doubleValue() {
        throw notANumber();
    }

    @Override
    public String toString() {
        return "Opaque[" + value.getClass().getName() + "]";
    }
}
