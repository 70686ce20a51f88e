package cefshell.internal.browser;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Scripts that must run in every document of a page before the page's own first script, each in the page's main
 * world or in a named isolated world: the bridge and the app's preload under context isolation. Installed through
 * the DevTools protocol ({@code Page.addScriptToEvaluateOnNewDocument}), which runs them even where the page's
 * Content-Security-Policy forbids inline scripts; they then run again after every reload and navigation. They reach
 * the main frame and frames in the same renderer process, not cross-origin frames that Chromium puts in a process of
 * their own.
 */
public final class DocumentStartScripts {
    /** The isolated world of the bridge and the preload. */
    public static final String ISOLATED_WORLD = "cefshell";

    /** One script and its world: null for the page's main world. */
    public record Script(String source, String world) { }

    private final List<Script> scripts;

    public DocumentStartScripts(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    boolean isEmpty() {
        return scripts.isEmpty();
    }

    /** Registers every script, in order; completes when all are registered (or fails). */
    CompletableFuture<Void> install(DevTools devTools) {
        CompletableFuture<?> chain = devTools.call("Page.enable", null); // without it the scripts never run
        for (Script s : scripts) {
            Map<String, Object> params = s.world() == null
                    ? Map.of("source", s.source())
                    : Map.of("source", s.source(), "worldName", s.world());
            chain = chain.thenCompose(v -> devTools.call("Page.addScriptToEvaluateOnNewDocument", params));
        }
        return chain.thenApply(v -> null);
    }
}
