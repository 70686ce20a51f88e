package cefshell.internal.scheme;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cefshell.internal.bridge.AsciiJsLiteral;

/**
 * Preload scripts as inline {@code <script>} elements of the document, so that a page does not wait for a second
 * request before its first script: through the app scheme that request is a chain of calls handed between CEF's IO
 * thread and its thread pool. The page's first script came ~5 ms sooner on average (BENCHMARKS.md, "Start-up, a
 * fourth look").
 *
 * <p>The tag is {@code <script>(0,eval)("…")</script>}, the script as one string literal ({@link AsciiJsLiteral}),
 * so that it is:
 * <ul>
 * <li>one line: the page's own scripts keep their line numbers (errors, console messages);</li>
 * <li>ASCII, with no {@code <}: right in a document of any charset, and nothing in it can end the element;</li>
 * <li>run as global code (an indirect eval), before the page's first script, as a classic script would be. The
 * scripts are functions run at once, so no declaration of theirs leaks either way, and each names itself with
 * {@code //# sourceURL} for stack traces.</li>
 * </ul>
 * A page's {@code <meta>} Content-Security-Policy does not stop it: a policy in a meta element applies only to what
 * comes after it, and the tag goes first in the head (a document with a policy meta before its head gets external
 * tags instead, see {@link HtmlInjector#prepare}). The app scheme sends no policy header.
 *
 * <p>The tags are made when a page's scripts are set ({@link #prepare}), not while CEF's IO thread waits for the
 * document, and kept for the few distinct scripts a shell has (the bridge per configuration, each app preload). The
 * bridge's literal comes made ({@code BridgeScript.asciiLiteral}, escaped when the project was built).
 */
final class InlinePreloads {
    private static final int KEPT = 16;

    /** Script -> its tag, as the bytes a document carries (ASCII): served as they are, never copied per document. */
    private final Map<String, byte[]> tags = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    /** Makes the tags of {@code scripts} now, so that serving a document only looks them up. */
    void prepare(List<String> scripts) {
        for (String s : scripts) {
            tag(s);
        }
    }

    /** Keeps the tag of {@code script}, whose {@link AsciiJsLiteral} is {@code literal}, made elsewhere. */
    void prepare(String script, String literal) {
        byte[] t = tagOf(literal).getBytes(StandardCharsets.US_ASCII);
        synchronized (tags) {
            tags.put(script, t);
        }
    }

    /** The inline element that runs {@code script}, in ASCII bytes; the caller must not change them. */
    byte[] tag(String script) {
        synchronized (tags) {
            byte[] t = tags.get(script);
            if (t != null) {
                return t;
            }
        }
        byte[] t = make(script).getBytes(StandardCharsets.US_ASCII);
        synchronized (tags) {
            tags.put(script, t);
        }
        return t;
    }

    static String make(String script) {
        return tagOf(AsciiJsLiteral.of(script));
    }

    private static String tagOf(String literal) {
        // sized at once: the bridge's literal is ~90 KB, and a builder that grows copies it three times more
        return new StringBuilder(literal.length() + 32).append("<script>(0,eval)(").append(literal).append(")</script>")
                .toString();
    }
}
