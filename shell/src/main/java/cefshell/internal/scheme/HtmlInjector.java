package cefshell.internal.scheme;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a {@code <script>} at the very start of an HTML document's {@code <head>}, so it runs before any script of
 * the page (a parser-blocking classic script is executed in document order). Without a {@code <head>} tag it goes
 * after {@code <html>}, or before everything; a leading doctype stays first.
 */
public final class HtmlInjector {
    private static final Pattern HEAD_OPEN = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_OPEN = Pattern.compile("<html(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCTYPE = Pattern.compile("^\\s*(<!--.*?-->\\s*)*<!doctype[^>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlInjector() {
    }

    static int insertionPoint(String doc) {
        Matcher head = HEAD_OPEN.matcher(doc);
        if (head.find()) {
            return head.end();
        }
        Matcher html = HTML_OPEN.matcher(doc);
        if (html.find()) {
            return html.end();
        }
        Matcher doctype = DOCTYPE.matcher(doc);
        return doctype.find() ? doctype.end() : 0;
    }

    private static final Pattern CHARSET = Pattern.compile("<meta[^>]+charset", Pattern.CASE_INSENSITIVE);
    private static final Pattern POLICY = Pattern.compile("<meta[^>]+content-security-policy", Pattern.CASE_INSENSITIVE);

    /**
     * Prepares a served HTML document: declares UTF-8 when the document declares no charset (CEF drops the charset of
     * the Content-Type header), then puts the preload's tags first in the head: {@code inlineTags} (ASCII bytes,
     * copied only into the result), unless a Content-Security-Policy {@code <meta>} (or something that looks like one)
     * comes before that place, which would apply to them; then {@code externalTags}, which a policy allowing 'self'
     * allows. Both null for none.
     */
    public static byte[] prepare(byte[] html, byte[] inlineTags, String externalTags) {
        // one char per byte: the markup looked for is ASCII in any charset a page may use, and the document's own
        // bytes go back untouched (decoding them as UTF-8 would ruin a document in another charset)
        String doc = new String(html, StandardCharsets.ISO_8859_1);
        String head = doc.length() > 2048 ? doc.substring(0, 2048) : doc;
        int at = insertionPoint(doc);
        byte[] tagBytes = inlineTags != null && !POLICY.matcher(doc).region(0, at).find() ? inlineTags
                : externalTags == null ? new byte[0] : externalTags.getBytes(StandardCharsets.UTF_8);
        byte[] meta = CHARSET.matcher(head).find() ? new byte[0] : "<meta charset=\"utf-8\">".getBytes(StandardCharsets.US_ASCII);
        if (meta.length + tagBytes.length == 0) {
            return html;
        }
        byte[] out = new byte[html.length + meta.length + tagBytes.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(meta, 0, out, at, meta.length);
        System.arraycopy(tagBytes, 0, out, at + meta.length, tagBytes.length);
        System.arraycopy(html, at, out, at + meta.length + tagBytes.length, html.length - at);
        return out;
    }

}
