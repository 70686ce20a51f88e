package cefshell.internal.bridge;

/**
 * A JavaScript string literal of any text, written in printable ASCII with no {@code <}: it reads the same in a
 * document of any charset, fits on one line (so a page's own scripts keep their line numbers) and nothing in it can
 * end a {@code <script>} element or open an HTML comment there. Used for the preloads that go inline into documents.
 */
public final class AsciiJsLiteral {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AsciiJsLiteral() {
    }

    /** {@code "…"}: {@code text} as a double-quoted string literal. */
    public static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 16 + 2).append('"');
        appendBody(text, sb);
        return sb.append('"').toString();
    }

    /** What goes between the quotes of {@link #of}. */
    static String body(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        appendBody(text, sb);
        return sb.toString();
    }

    private static void appendBody(String text, StringBuilder sb) {
        int plainFrom = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' && c != '<') {
                continue;
            }
            sb.append(text, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                // everything else (controls, '<', U+2028/2029, all of non-ASCII, lone surrogates) as \\uXXXX: the
                // UTF-16 code unit itself, so a string literal gives back exactly the same string
                default -> sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        sb.append(text, plainFrom, text.length());
    }
}
