package cefshell.internal.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.Gson;

/** The inline form of a preload script, without Chromium: what a page runs is what was given, on one ASCII line. */
class InlinePreloadsTest {
    private static final String OPEN = "<script>(0,eval)(\"";
    private static final String CLOSE = "\")</script>";

    @Test
    void theLiteralHoldsTheScriptExactly() {
        String script = "(function () {\n\t'use strict';\r\n  const s = \"a \\\"quoted\\\" </script> <!-- x\";\n"
                + "  // é, 日本, \u2028, \u0000, 😀\n})();\n//# sourceURL=cefshell-page.js\n";
        String tag = InlinePreloads.make(script);
        assertTrue(tag.startsWith(OPEN) && tag.endsWith(CLOSE), tag);
        assertEquals(script, unescape(tag.substring(OPEN.length(), tag.length() - CLOSE.length())));
    }

    @Test
    void theTagIsOneAsciiLineThatNothingInTheScriptCanEnd() {
        String tag = InlinePreloads.make("a\nb\rc\u2028d\u2029e </script><script>x</SCRIPT> é");
        assertFalse(tag.contains("\n") || tag.contains("\r"), "one line: the page's line numbers stay as they were");
        assertTrue(tag.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), "ASCII, right in a document of any charset");
        String body = tag.substring(OPEN.length(), tag.length() - CLOSE.length());
        assertFalse(body.contains("<"), "no '<': the HTML parser cannot end the element or open a comment in it");
    }

    @Test
    void preparedTagsAreLookedUpNotMadeAgain() {
        InlinePreloads preloads = new InlinePreloads();
        String bridge = "(function () {})();";
        preloads.prepare(List.of(bridge));
        assertSame(preloads.tag(bridge), preloads.tag(new String(bridge)), "kept by content");
    }

    /** A string literal's body back to its text: its escapes are all JSON's, so a JSON reader decodes it. */
    private static String unescape(String body) {
        return new Gson().fromJson('"' + body + '"', String.class);
    }
}
