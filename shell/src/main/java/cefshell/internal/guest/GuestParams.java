package cefshell.internal.guest;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cefshell.WebPreferences;
import cefshell.WillAttachWebviewEvent;

/**
 * What a {@code <webview>} element asks for, as its attributes give it (webview/element.js sends them with
 * {@code create}), turned into the guest's web preferences and Electron's {@code params}; this is also the
 * will-attach-webview event, whose listeners may change both or refuse the guest.
 */
final class GuestParams implements WillAttachWebviewEvent {
    /** Warned once each: webpreferences keys cefshell does not know. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private final WebPreferences.Builder prefs = WebPreferences.builder();
    private final Map<String, String> params = new LinkedHashMap<>();
    private volatile boolean prevented;

    /**
     * @param attributes the element's, by name: src, partition, preload, allowpopups (a boolean), webpreferences,
     *                   useragent, httpreferrer
     * @param host the host page's preferences: the guest is never less isolated than its host (Electron's rule)
     */
    GuestParams(Map<?, ?> attributes, WebPreferences host) {
        params.put("src", string(attributes, "src", "about:blank"));
        params.put("partition", string(attributes, "partition", ""));
        params.put("httpreferrer", string(attributes, "httpreferrer", ""));
        params.put("useragent", string(attributes, "useragent", ""));
        params.put("allowpopups", Boolean.toString(Boolean.TRUE.equals(attributes.get("allowpopups"))));
        Path preload = preloadPath(attributes.get("preload"));
        if (preload != null) {
            prefs.preload(preload);
        }
        Boolean isolation = webPreferences(string(attributes, "webpreferences", ""));
        if (host.contextIsolation()) {
            prefs.contextIsolation(true);
        } else if (isolation != null) {
            prefs.contextIsolation(isolation);
        }
    }

    /** Applies a {@code webpreferences} attribute ("key=value, key2"); returns its contextIsolation, or null. */
    private static Boolean webPreferences(String features) {
        Boolean isolation = null;
        for (String item : features.split(",")) {
            String[] kv = item.split("=", 2);
            String key = kv[0].trim();
            if (key.isEmpty()) {
                continue;
            }
            String value = kv.length > 1 ? kv[1].trim() : "yes";
            if (key.equals("contextIsolation")) {
                isolation = !(value.equals("no") || value.equals("false") || value.equals("0"));
            } else if (WARNED.add(key)) {
                System.err.println("cefshell: <webview webpreferences=\"" + key + "=...\">: cefshell's guests know only "
                        + "contextIsolation; " + key + " ignored (warned once)");
            }
        }
        return isolation;
    }

    /** Electron: the preload must be a file: URL; anything else is ignored with this error. */
    private static Path preloadPath(Object preload) {
        if (!(preload instanceof String s) || s.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(s);
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        } catch (Exception e) {
            // reported below
        }
        System.err.println("cefshell: Only \"file:\" protocol is supported in \"preload\" attribute.");
        return null;
    }

    private static String string(Map<?, ?> m, String key, String fallback) {
        return m.get(key) instanceof String s && !s.isEmpty() ? s : fallback;
    }

    String src() {
        String s = params.get("src");
        return s == null || s.isEmpty() ? "about:blank" : s;
    }

    String partition() {
        return nonNull(params.get("partition"));
    }

    String httpReferrer() {
        return nonNull(params.get("httpreferrer"));
    }

    String userAgent() {
        return nonNull(params.get("useragent"));
    }

    boolean allowPopups() {
        return "true".equals(params.get("allowpopups"));
    }

    WebPreferences preferences() {
        return prefs.build();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public WebPreferences.Builder webPreferences() {
        return prefs;
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public void preventDefault() {
        prevented = true;
    }

    @Override
    public boolean isDefaultPrevented() {
        return prevented;
    }
}
