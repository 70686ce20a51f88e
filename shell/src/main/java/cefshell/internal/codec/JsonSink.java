package cefshell.internal.codec;

import java.io.Writer;

/**
 * The {@link Writer} behind the encoder's {@code JsonWriter}: collects the text in a {@link StringBuilder} and
 * writes every lone surrogate as a {@code \\uXXXX} escape.
 *
 * <p>{@code JsonWriter} escapes quotes, backslashes, control characters and U+2028/U+2029 but copies lone
 * surrogates raw; they would not survive the UTF-8 conversions on the way into the page (and raw, the text is not
 * valid Unicode). Outside string literals JSON text is ASCII, so escaping here is always inside a string.
 * Surrogate pairs may arrive split across writes: a high surrogate waits for the next character.
 */
final class JsonSink extends Writer {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(64);
    private char pendingHigh; // a high surrogate not yet written, or 0

    @Override
    public void write(int c) {
        char ch = (char) c;
        if (pendingHigh != 0 && !resolvePending(ch)) {
            return;
        }
        if (Character.isSurrogate(ch)) {
            surrogate(ch);
        } else {
            out.append(ch);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        int end = off + len;
        int start = off; // first character not yet appended
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (pendingHigh != 0 && !resolvePending(c)) {
                start = i + 1;
            } else if (Character.isSurrogate(c)) {
                out.append(s, start, i);
                surrogate(c);
                start = i + 1;
            }
        }
        out.append(s, start, end);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        write(new String(chars, off, len), 0, len);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The text written so far. */
    String text() {
        if (pendingHigh != 0) {
            escape(pendingHigh);
            pendingHigh = 0;
        }
        return out.toString();
    }

    /**
     * Settles the pending high surrogate against the next character {@code c}. Returns false if {@code c} was
     * consumed (it completed a pair), true if the caller must still handle it.
     */
    private boolean resolvePending(char c) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
            out.append(high).append(c);
            return false;
        }
        escape(high);
        return true;
    }

    private void surrogate(char c) {
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else {
            escape(c); // a low surrogate with no high one before it
        }
    }

    private void escape(char c) {
        out.append('\\').append('u')
                .append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
    }
}
