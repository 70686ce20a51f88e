package cefshell.internal.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Electron's {@code app.getPath(name)} on Linux: the XDG base and user directories. {@code appData} is
 * {@code $XDG_CONFIG_HOME} (else {@code ~/.config}), {@code userData} the app's folder in it; {@code documents},
 * {@code downloads}, {@code desktop}, {@code music}, {@code pictures} and {@code videos} come from
 * {@code user-dirs.dirs} (the file {@code xdg-user-dirs-update} writes), else {@code ~/Documents} and so on. Nothing
 * is created. Pure: the environment and the home folder are given, so tests need no real home.
 */
public final class AppPaths {
    /** The names {@link #get} knows, in Electron's spelling. */
    public static final List<String> NAMES = List.of("home", "appData", "userData", "sessionData", "temp", "logs",
            "desktop", "documents", "downloads", "music", "pictures", "videos");

    private final String appName;
    private final Map<String, String> env;
    private final Path home;
    private final Path temp;

    public AppPaths(String appName, Map<String, String> env, Path home, Path temp) {
        this.appName = appName;
        this.env = env;
        this.home = home;
        this.temp = temp;
    }

    /** For this process: its environment, {@code user.home} and {@code java.io.tmpdir}. */
    public static AppPaths ofThisProcess(String appName) {
        return new AppPaths(appName, System.getenv(), Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @throws IllegalArgumentException for a name not in {@link #NAMES}, with Electron's message */
    public Path get(String name) {
        return switch (name) {
            case "home" -> home;
            case "appData" -> xdg("XDG_CONFIG_HOME", ".config");
            case "userData", "sessionData" -> xdg("XDG_CONFIG_HOME", ".config").resolve(appName);
            case "logs" -> xdg("XDG_CONFIG_HOME", ".config").resolve(appName).resolve("logs");
            case "temp" -> temp;
            case "desktop" -> userDir("DESKTOP", "Desktop");
            case "documents" -> userDir("DOCUMENTS", "Documents");
            case "downloads" -> userDir("DOWNLOAD", "Downloads");
            case "music" -> userDir("MUSIC", "Music");
            case "pictures" -> userDir("PICTURES", "Pictures");
            case "videos" -> userDir("VIDEOS", "Videos");
            default -> throw new IllegalArgumentException("Failed to get '" + name + "' path (known: "
                    + String.join(", ", NAMES) + ")");
        };
    }

    private Path xdg(String variable, String fallback) {
        String v = env.get(variable);
        return v != null && v.startsWith("/") ? Path.of(v) : home.resolve(fallback);
    }

    /** {@code XDG_<key>_DIR="$HOME/..."} in {@code user-dirs.dirs}, else {@code ~/fallback}. */
    private Path userDir(String key, String fallback) {
        Path file = xdg("XDG_CONFIG_HOME", ".config").resolve("user-dirs.dirs");
        try {
            for (String line : Files.exists(file) ? Files.readAllLines(file) : List.<String>of()) {
                String prefix = "XDG_" + key + "_DIR=";
                String l = line.trim();
                if (l.startsWith(prefix)) {
                    String value = l.substring(prefix.length()).replace("\"", "");
                    if (value.startsWith("$HOME")) {
                        String rest = value.substring(5).replaceFirst("^/", "");
                        return rest.isEmpty() ? home : home.resolve(rest);
                    }
                    if (value.startsWith("/")) {
                        return Path.of(value);
                    }
                }
            }
        } catch (IOException e) {
            // unreadable: the default below, as xdg-user-dir does
        }
        return home.resolve(fallback);
    }
}
