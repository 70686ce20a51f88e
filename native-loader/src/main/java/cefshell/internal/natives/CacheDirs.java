package cefshell.internal.natives;

import java.nio.file.Path;

/** Where cefshell keeps per-user files: {@code $CEFSHELL_CACHE}, else {@code $XDG_CACHE_HOME/cefshell}, else {@code ~/.cache/cefshell}. */
public final class CacheDirs {
    private CacheDirs() {
    }

    public static Path root() {
        String explicit = System.getenv("CEFSHELL_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cefshell");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "cefshell");
    }
}
