package cefshell;

import java.util.Objects;

/**
 * A JavaScript {@code Error} (or one of its standard subtypes) carried over IPC.
 *
 * <p>Decoding a JavaScript error gives a {@code JsError}; encoding one gives back a JavaScript error of the same
 * name. Any other {@link Throwable} encodes as a plain {@code Error} with its message and no stack.
 * As with structured clone, only the standard names survive: {@code Error}, {@code EvalError},
 * {@code RangeError}, {@code ReferenceError}, {@code SyntaxError}, {@code TypeError} and {@code URIError};
 * other names are sent as {@code Error}.
 */
public final class JsError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String jsStack;

    /**
     * @param name the JavaScript error name, for example {@code "TypeError"}
     * @param message the message; {@code null} is taken as {@code ""}
     * @param jsStack the JavaScript {@code stack} text, or {@code null} if there is none
     */
    public JsError(String name, String message, String jsStack) {
        super(message == null ? "" : message);
        this.name = Objects.requireNonNull(name, "name");
        this.jsStack = jsStack;
    }

    /** A JavaScript error without a stack. */
    public JsError(String name, String message) {
        this(name, message, null);
    }

    /** The JavaScript error name, for example {@code "TypeError"}. */
    public String name() {
        return name;
    }

    /** The JavaScript {@code stack} text, or {@code null}. (The Java stack trace is where the object was made.) */
    public String jsStack() {
        return jsStack;
    }

    /** Returns {@code name: message}, as JavaScript's {@code Error.prototype.toString} does. */
    @Override
    public String toString() {
        return getMessage().isEmpty() ? name : name + ": " + getMessage();
    }
}
