package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * shell.openExternal and showItemInFolder hand their target to a real launcher process: here a script standing in
 * for xdg-open that writes what it was given, so no browser is needed.
 */
class DesktopShellTest {
    @TempDir
    Path dir;
    private Path log;

    @BeforeEach
    void useARecordingLauncher() throws IOException {
        log = dir.resolve("opened.txt");
        Path launcher = dir.resolve("fake-xdg-open");
        Files.writeString(launcher, "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + log + "'\n"
                + "case \"$1\" in *fail*) exit 4;; esac\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        System.setProperty("cefshell.open.command", launcher.toString());
    }

    @AfterEach
    void restoreTheDesktopLauncher() {
        System.clearProperty("cefshell.open.command");
    }

    @Test
    void openExternalHandsWebAndMailUrlsToTheLauncher() throws Exception {
        DesktopShell.openExternal("https://example.com/a?b=c").get(10, TimeUnit.SECONDS);
        DesktopShell.openExternal("mailto:someone@example.com").get(10, TimeUnit.SECONDS);
        assertEquals(List.of("https://example.com/a?b=c", "mailto:someone@example.com"), Files.readAllLines(log));
    }

    @Test
    void otherSchemesAreRefusedUnlessAllowed() throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> DesktopShell.openExternal("file:///etc/passwd").get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IllegalArgumentException
                && e.getCause().getMessage().contains("only [http, https, mailto] URLs"), e.getCause().toString());
        assertThrows(ExecutionException.class, () -> DesktopShell.openExternal("no url at all").get());
        assertTrue(!Files.exists(log), "nothing was launched");
        DesktopShell.openExternal("zoommtg://join?x=1", java.util.Set.of("zoommtg")).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("zoommtg://join?x=1"), Files.readAllLines(log));
    }

    @Test
    void aLauncherThatFailsFailsTheFuture() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> DesktopShell.openExternal("https://example.com/fail").get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().endsWith("exited with code 4"), e.getCause().getMessage());
    }

    @Test
    void showItemInFolderOpensTheFolderHoldingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), "x");
        DesktopShell.showItemInFolder(file).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(dir.toUri().toString()), Files.readAllLines(log));
        assertThrows(ExecutionException.class, () -> DesktopShell.showItemInFolder(dir.resolve("missing")).get());
    }
}
