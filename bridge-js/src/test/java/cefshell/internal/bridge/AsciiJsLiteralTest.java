package cefshell.internal.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A preload's inline literal gives back exactly its text, and is one line of ASCII with no '<'. */
class AsciiJsLiteralTest {
    private static final String TRICKY = "(function () {\n\t'use strict';\r\n  const s = \"a \\\"q\\\" </script> <!-- x\";\n"
            + "  // é, 日本, \u2028\u2029, \u0000\u001f\u007f, 😀, lone \ud800 and \udfff\n})();\n//# sourceURL=x.js\n";

    @Test
    void theLiteralGivesBackTheTextExactly() {
        String literal = AsciiJsLiteral.of(TRICKY);
        assertTrue(literal.startsWith("\"") && literal.endsWith("\""), literal);
        assertEquals(TRICKY, unescape(literal.substring(1, literal.length() - 1)));
        assertEquals(literal, "\"" + AsciiJsLiteral.body(TRICKY) + "\"");
    }

    @Test
    void theLiteralIsOneAsciiLineWithNoAngleBracket() {
        String literal = AsciiJsLiteral.of(TRICKY);
        assertTrue(literal.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), literal);
        assertFalse(literal.contains("<"), "nothing in it can end a <script> element or open a comment");
    }

    @Test
    void plainTextIsLeftAsItIs() {
        assertEquals("\"const a = {b: 'c'} && d >= 2;\"", AsciiJsLiteral.of("const a = {b: 'c'} && d >= 2;"));
        assertEquals("\"\"", AsciiJsLiteral.of(""));
    }

    /** A string literal's body back to its text, for the escapes the literal uses. */
    static String unescape(String body) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case '"', '\\' -> sb.append(e);
                default -> throw new AssertionError("unexpected escape \\" + e);
            }
        }
        return sb.toString();
    }
}
