package cefshell.internal.bridge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Java tells a bridge when it assembles it: the world it runs in, whether the page is context-isolated, the
 * per-page secret that names the link between the isolated and the main world (see common/world-link.js), what
 * the preload's {@code process} reports, whether the page may use {@code <webview>} ({@code webviewTag}) and whether
 * it is itself a {@code <webview>}'s guest. Visible to scripts as {@code config}.
 */
public record BridgeConfig(boolean contextIsolated, String secret, Map<String, String> versions, String platform,
                           String arch, String systemVersion, boolean webviewTag, boolean guest) {
    public BridgeConfig {
        versions = Map.copyOf(versions);
    }

    /** A page without isolation and without a secret, reporting this JVM's platform. */
    public static BridgeConfig plain(Map<String, String> versions) {
        return new BridgeConfig(false, "", versions, currentPlatform(), currentArch(), System.getProperty("os.version", ""),
                false, false);
    }

    public BridgeConfig isolated(String pageSecret) {
        return new BridgeConfig(true, pageSecret, versions, platform, arch, systemVersion, webviewTag, guest);
    }

    /** The same with the page's {@code <webview>} roles: it may host guests, and/or it is a guest itself. */
    public BridgeConfig webview(boolean mayHost, boolean isGuest) {
        return new BridgeConfig(contextIsolated, secret, versions, platform, arch, systemVersion, mayHost, isGuest);
    }

    /** Node's names: linux, darwin, win32. */
    static String currentPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        return os.startsWith("windows") ? "win32" : os.startsWith("mac") ? "darwin" : os.startsWith("linux") ? "linux" : os;
    }

    /** Node's names: x64, arm64. */
    static String currentArch() {
        String a = System.getProperty("os.arch", "");
        return a.equals("amd64") || a.equals("x86_64") ? "x64" : a.equals("aarch64") ? "arm64" : a;
    }

    /** The object literal the assembled script starts with; {@code world} as in {@link BridgeScript.World}. */
    String toJs(String world) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("world", world);
        m.put("contextIsolated", contextIsolated);
        m.put("webviewTag", webviewTag);
        m.put("guest", guest);
        m.put("secret", secret);
        m.put("platform", platform);
        m.put("arch", arch);
        m.put("systemVersion", systemVersion);
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : m.entrySet()) {
            sb.append(AsciiJsLiteral.of(e.getKey())).append(':')
              .append(e.getValue() instanceof Boolean b ? b.toString() : AsciiJsLiteral.of((String) e.getValue())).append(',');
        }
        sb.append("\"versions\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(versions).entrySet()) {
            sb.append(first ? "" : ",").append(AsciiJsLiteral.of(e.getKey())).append(':')
              .append(AsciiJsLiteral.of(e.getValue()));
            first = false;
        }
        return sb.append("}}").toString();
    }
}
