package cefshell;

/**
 * JavaScript's {@code undefined}, as distinct from {@code null}.
 *
 * <p>IPC values decode {@code undefined} (and the holes of sparse arrays) to {@link #INSTANCE}, and
 * {@link #INSTANCE} encodes back to {@code undefined}. Compare with {@code ==}: there is exactly one instance.
 */
public final class Undefined {

    /** The only instance. */
    public static final Undefined INSTANCE = new Undefined();

    private Undefined() {
    }

    /** Returns {@code "undefined"}, as JavaScript's {@code String(undefined)} does. */
    @Override
    public String toString() {
        return "undefined";
    }
}
