package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NewCommandTest {
    private Path parent;

    @AfterEach
    void cleanUp() {
        TestApps.delete(parent);
    }

    /** The promise of `shell new`: the folder it writes runs at once, and its page reaches Java through preload.js. */
    @Test
    void aNewAppRunsAtOnceAndItsPageTalksToJavaThroughThePreload() throws IOException {
        parent = Files.createTempDirectory("cefshell-new-");
        Path app = parent.resolve("My App");
        ShellProcess.Result created = ShellProcess.run("new", app.toString(), "--title", "Notes & \"more\"");
        assertEquals(0, created.exitCode(), created.toString());
        assertTrue(created.stdout().contains("shell run " + app), created.toString());
        for (String file : List.of("app.json", "index.html", "preload.js", "renderer.js", "style.css",
                "main/myapp/Main.java")) {
            assertTrue(Files.isRegularFile(app.resolve(file)), file + " missing; " + created);
        }
        assertTrue(Files.readString(app.resolve("preload.js")).contains("contextBridge.exposeInMainWorld"));

        ShellProcess run = ShellProcess.start(List.of(), env -> { }, "run", app.toString());
        run.awaitStdout("[page log] Hello, world, from Java " + Runtime.version().feature()
                + "  (app://my-app/renderer.js:");
        RunCommandTest.signal("INT", run.pid());
        ShellProcess.Result r = run.finish();
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(r.stderr().contains("error"), "no errors:\n" + r);
    }

    @Test
    void aFolderThatIsNotEmptyIsAUsageError() throws IOException {
        parent = Files.createTempDirectory("cefshell-new-");
        Files.writeString(parent.resolve("keep.txt"), "mine");
        ShellProcess.Result r = ShellProcess.run("new", parent.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("exists and is not empty"), r.toString());
        assertEquals("mine", Files.readString(parent.resolve("keep.txt")));
        assertEquals(1, parent.toFile().list().length, "nothing written beside it");
    }

    @Test
    void namesBecomeJavaPackagesAndTitles() {
        assertEquals("myapp", NewCommand.javaPackage("my-app"));
        assertEquals("app2048", NewCommand.javaPackage("2048"));
        assertEquals("My app", NewCommand.titleOf("my-app"));
    }
}
