package cefshell.internal.scheme;

import java.util.Locale;
import java.util.Map;

/** Content types by file extension, for files served from an app folder. */
public final class MimeTypes {
    private static final String DEFAULT = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("cjs", "text/javascript"),
            Map.entry("css", "text/css"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain"),
            Map.entry("md", "text/markdown"),
            Map.entry("csv", "text/csv"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"));

    private MimeTypes() {
    }

    /** The MIME type for a file name, {@value #DEFAULT} when the extension is unknown. */
    public static String forFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }

    /**
     * The Content-Type header value: text types carry {@code charset=utf-8}. CEF lets the response's MIME type
     * override this header and JCEF has no charset setter, so HTML documents also get a charset meta (HtmlInjector).
     */
    public static String contentType(String mimeType) {
        return isText(mimeType) ? mimeType + "; charset=utf-8" : mimeType;
    }

    /** Text types are served as UTF-8; binary ones get no charset. */
    public static boolean isText(String mimeType) {
        return mimeType.startsWith("text/") || mimeType.equals("application/json") || mimeType.endsWith("+json")
                || mimeType.equals("application/xml") || mimeType.equals("image/svg+xml");
    }
}
