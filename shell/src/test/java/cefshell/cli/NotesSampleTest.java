package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import cefshell.internal.typed.Tsc;

/** The typed-IPC sample: its committed ipc.d.ts is what {@code shell types} writes, and its page checks against it. */
// the first run downloads TypeScript and Node from npm's registry; longer than the suite's 3-minute default
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class NotesSampleTest {
    private static final Path APP = Path.of("..", "apps", "notes").toAbsolutePath().normalize();

    @Test
    void theCommittedDeclarationsAreUpToDateAndThePageChecksAgainstThem() throws Exception {
        Path written = Path.of("target", "notes-ipc.d.ts").toAbsolutePath();
        ShellProcess.Result r = ShellProcess.run("types", APP.toString(), "-o", written.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(Files.readString(written), Files.readString(APP.resolve("ipc.d.ts")),
                "apps/notes/ipc.d.ts is out of date: run  shell types apps/notes");
        Tsc.Result tsc = Tsc.check(List.of("--allowJs", "--checkJs"), List.of(APP.resolve("page.js")));
        assertEquals(0, tsc.exitCode(), tsc.output());
    }
}
