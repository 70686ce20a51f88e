package cefshell;

import java.util.Objects;

/**
 * A JavaScript {@code RegExp}, kept as its source text and flags (JavaScript regular expression syntax,
 * which is not Java's: compile it with {@code java.util.regex} only if you know the pattern is compatible).
 *
 * @param source the pattern text, as {@code RegExp.prototype.source} returns it (for example {@code "a+\\/b"})
 * @param flags the flags, as {@code RegExp.prototype.flags} returns them (for example {@code "gi"}), possibly empty
 */
public record JsRegExp(String source, String flags) {

    public JsRegExp {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(flags, "flags");
    }

    /** Returns the JavaScript literal form, {@code /source/flags}. */
    @Override
    public String toString() {
        return "/" + source + "/" + flags;
    }
}
