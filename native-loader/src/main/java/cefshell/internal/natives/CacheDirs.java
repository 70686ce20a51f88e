package cefshell.internal.natives;

import java.nio.file.Path;

/**
 * Where cefshell keeps per-user files: {@code $CEFSHELL_CACHE}, else the platform's cache folder: on Linux
 * {@code $XDG_CACHE_HOME/cefshell} or {@code ~/.cache/cefshell}, on macOS {@code ~/Library/Caches/cefshell}, on
 * Windows {@code %LOCALAPPDATA%\cefshell}.
 */
public final class CacheDirs {
    /**
     * A folder of natives already extracted, used as is instead of the per-user cache: a packaged app carries its
     * own (its launcher sets this property), so it neither needs the natives jar nor writes 350 MB into each user's
     * home on first start.
     */
    public static final String NATIVES_DIR_PROPERTY = "cefshell.natives.dir";

    private CacheDirs() {
    }

    public static Path root() {
        String explicit = System.getenv("CEFSHELL_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String home = System.getProperty("user.home");
        if (Platform.isMac()) {
            return Path.of(home, "Library", "Caches", "cefshell");
        }
        if (Platform.isWindows()) {
            String local = System.getenv("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "cefshell") : Path.of(home, "AppData", "Local", "cefshell");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cefshell");
        }
        return Path.of(home, ".cache", "cefshell");
    }

    /** The folder named by {@value #NATIVES_DIR_PROPERTY}, or null when the natives come from the per-user cache. */
    public static Path fixedNativesDir() {
        String fixed = System.getProperty(NATIVES_DIR_PROPERTY);
        return fixed == null || fixed.isBlank() ? null : Path.of(fixed).toAbsolutePath();
    }

    /** Where the natives of the jcef build {@code releaseTag} are: {@link #fixedNativesDir()}, else in the cache. */
    public static Path nativesDir(String releaseTag) {
        Path fixed = fixedNativesDir();
        return fixed != null ? fixed : root().resolve("natives").resolve(releaseTag);
    }
}
