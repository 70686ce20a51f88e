package cefshell.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** app.getPath on Linux: XDG base directories and user-dirs.dirs, with Electron's names and fallbacks. */
class AppPathsTest {
    @TempDir
    Path home;

    @Test
    void withoutXdgSettingsTheFoldersAreUnderHome() {
        AppPaths p = new AppPaths("notes", Map.of(), home, Path.of("/tmp"));
        assertEquals(home, p.get("home"));
        assertEquals(home.resolve(".config"), p.get("appData"));
        assertEquals(home.resolve(".config/notes"), p.get("userData"));
        assertEquals(home.resolve(".config/notes/logs"), p.get("logs"));
        assertEquals(Path.of("/tmp"), p.get("temp"));
        assertEquals(home.resolve("Documents"), p.get("documents"));
        assertEquals(home.resolve("Downloads"), p.get("downloads"));
    }

    @Test
    void xdgConfigHomeAndUserDirsAreFollowed() throws Exception {
        Path config = Files.createDirectories(home.resolve("cfg"));
        Files.writeString(config.resolve("user-dirs.dirs"), """
                # written by xdg-user-dirs-update
                XDG_DOCUMENTS_DIR="$HOME/Dokumente"
                XDG_DOWNLOAD_DIR="/data/incoming"
                XDG_DESKTOP_DIR="$HOME/"
                """);
        AppPaths p = new AppPaths("notes", Map.of("XDG_CONFIG_HOME", config.toString()), home, Path.of("/tmp"));
        assertEquals(config.resolve("notes"), p.get("userData"));
        assertEquals(home.resolve("Dokumente"), p.get("documents"));
        assertEquals(Path.of("/data/incoming"), p.get("downloads"));
        assertEquals(home, p.get("desktop"));
        assertEquals(home.resolve("Music"), p.get("music"));
    }

    @Test
    void anUnknownNameFailsWithElectronsMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AppPaths("x", Map.of(), home, home).get("recent"));
        assertEquals("Failed to get 'recent' path", e.getMessage().substring(0, 27));
    }
}
