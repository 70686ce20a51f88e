package cefshell.internal.scheme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefSchemeHandlerFactory;
import org.cef.handler.CefResourceHandler;
import org.cef.network.CefRequest;

/**
 * Serves {@code app://<host>/...}: each host is one app folder. Reserved paths under {@value #RESERVED_PREFIX}
 * go to registered routes (IPC); HTML documents get the preload injected first. Runs on CEF's IO thread.
 */
public final class AppSchemeHandlerFactory implements CefSchemeHandlerFactory {
    public static final String SCHEME = "app";
    public static final String RESERVED_PREFIX = "/__cefshell/";
    /**
     * Preload scripts are also served as {@code /__cefshell/preload/<n>.js}, for the documents that cannot carry them
     * inline (see {@link HtmlInjector#prepare}).
     */
    private static final String PRELOAD_PREFIX = RESERVED_PREFIX + "preload/";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final Map<String, AppFolderResolver> folders = new ConcurrentHashMap<>();
    private final Map<String, RequestRoute> routes = new ConcurrentHashMap<>();
    private volatile PreloadSource preload = browser -> java.util.List.of();
    private final InlinePreloads inlinePreloads = new InlinePreloads();

    /** Serves {@code folder} as {@code app://host/}; returns the origin. */
    public String serve(String host, Path folder) {
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("app host must be lowercase letters, digits and '-': '" + host + "'");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        try {
            folders.put(host, new AppFolderResolver(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SCHEME + "://" + host;
    }

    /**
     * Serves {@code folder} under a host made from its name ({@link #hostFor}), or that name plus "-2", "-3"... when
     * another folder already has it; the same folder served twice keeps its host. Returns the origin.
     */
    public synchronized String serveFolder(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a folder: " + folder, e);
        }
        Path name = real.getFileName();
        String base = hostFor(name == null ? "app" : name.toString());
        if (base.length() > 56) {
            base = base.substring(0, 56).replaceAll("-+$", ""); // room for a "-n" suffix within 63 characters
        }
        for (int n = 1; ; n++) {
            String host = n == 1 ? base : base + "-" + n;
            AppFolderResolver existing = folders.get(host);
            if (existing == null || existing.root().equals(real)) {
                return serve(host, real);
            }
        }
    }

    /** Makes a legal host name from an app name: "My App!" becomes "my-app". */
    public static String hostFor(String appName) {
        String h = appName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (h.length() > 63) {
            h = h.substring(0, 63).replaceAll("-+$", "");
        }
        return h.isEmpty() ? "app" : h;
    }

    /** Routes {@code /__cefshell/<name>} on every host. */
    public void route(String name, RequestRoute route) {
        routes.put(RESERVED_PREFIX + name, route);
    }

    public void setPreloadSource(PreloadSource source) {
        this.preload = source;
    }

    /**
     * Prepares what a page's documents will carry of {@code scripts}, its preload scripts, off CEF's IO thread: call
     * when they are set, before the page loads.
     */
    public void preparePreloads(java.util.List<String> scripts) {
        inlinePreloads.prepare(scripts);
    }

    /** {@link #preparePreloads} for one script whose {@code AsciiJsLiteral} is already made: the bridge's. */
    public void preparePreload(String script, String asciiLiteral) {
        inlinePreloads.prepare(script, asciiLiteral);
    }

    @Override
    public CefResourceHandler create(CefBrowser browser, CefFrame frame, String schemeName, CefRequest request) {
        String url = request.getURL();
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return BytesResponse.text(400, "Bad request: " + url);
        }
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        if (path.startsWith(PRELOAD_PREFIX)) {
            return preloadScript(browser, path);
        }
        if (path.startsWith(RESERVED_PREFIX)) {
            RequestRoute route = routes.get(path);
            return route != null ? route.handle(browser, frame, request) : BytesResponse.text(404, "Not found: " + path);
        }
        AppFolderResolver folder = uri.getHost() == null ? null : folders.get(uri.getHost());
        if (folder == null) {
            return BytesResponse.text(404, "No app is served at " + SCHEME + "://" + uri.getHost());
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return BytesResponse.text(405, "Method not allowed: " + request.getMethod());
        }
        AppFolderResolver.Resolution r = folder.resolve(url);
        if (r instanceof AppFolderResolver.Found found) {
            return respondWithFile(browser, found.file());
        }
        if (r instanceof AppFolderResolver.Forbidden forbidden) {
            return BytesResponse.text(403, "Forbidden: " + forbidden.path() + " (" + forbidden.reason() + ")");
        }
        return BytesResponse.text(404, "Not found: " + ((AppFolderResolver.NotFound) r).path());
    }

    private CefResourceHandler preloadScript(CefBrowser browser, String path) {
        java.util.List<String> scripts = browser == null ? java.util.List.of() : preload.preloadFor(browser);
        String name = path.substring(PRELOAD_PREFIX.length());
        int i = name.endsWith(".js") ? parseIndex(name.substring(0, name.length() - 3)) : -1;
        if (i < 0 || i >= scripts.size()) {
            return BytesResponse.text(404, "Not found: " + path);
        }
        return new BytesResponse(200, "text/javascript", scripts.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The prepared tags of {@code scripts}, one after the other. */
    private byte[] inlineTags(java.util.List<String> scripts) {
        if (scripts.size() == 1) {
            return inlinePreloads.tag(scripts.get(0)); // usually the bridge alone: its ~90 KB are not copied again
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(128 * 1024);
        for (String s : scripts) {
            all.writeBytes(inlinePreloads.tag(s));
        }
        return all.toByteArray();
    }

    private CefResourceHandler respondWithFile(CefBrowser browser, Path file) {
        String mime = MimeTypes.forFileName(file.getFileName().toString());
        if (!mime.equals("text/html")) {
            return new FileResponse(file);
        }
        // Inline where the document allows it: a second request would hold the page's first script up (see
        // InlinePreloads). External, parser-blocking tags otherwise: they run just as first.
        java.util.List<String> list = browser == null ? java.util.List.of() : preload.preloadFor(browser);
        StringBuilder external = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            external.append("<script src=\"").append(PRELOAD_PREFIX).append(i).append(".js\"></script>");
        }
        byte[] inlineTags = list.isEmpty() ? null : inlineTags(list);
        try {
            byte[] html = HtmlInjector.prepare(Files.readAllBytes(file), inlineTags,
                    list.isEmpty() ? null : external.toString());
            return new BytesResponse(200, mime, html);
        } catch (IOException e) {
            return BytesResponse.text(500, "Cannot read " + file.getFileName());
        }
    }
}
