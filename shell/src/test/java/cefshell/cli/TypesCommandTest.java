package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code shell types}: the app's main code compiled as by {@code shell run}, its endpoint classes found, TS written. */
class TypesCommandTest {
    private final List<Path> toDelete = new ArrayList<>();

    @AfterEach
    void deleteApps() {
        toDelete.forEach(TestApps::delete);
    }

    private Path app(Map<String, String> files) {
        Path app = TestApps.write("notes", files);
        toDelete.add(app.getParent());
        return app;
    }

    private static final String MAIN = """
            package demo;

            import cefshell.*;

            public class Main implements AppMain {
                @Override
                public void start(AppContext app) {
                    app.shell().ipcMain().handleAll(new Notes());
                }
            }
            """;

    private static final String NOTES = """
            package demo;

            import cefshell.IpcEndpoint;
            import java.util.List;

            public class Notes {
                public record NoteId(String value) { }
                public record Note(NoteId id, String title, List<String> tags) { }

                static { if (true) throw new IllegalStateException("finding types runs no app code"); }

                @IpcEndpoint("notes:load")
                public Note load(NoteId id) { return new Note(id, "t", List.of()); }

                @IpcEndpoint("notes:count")
                public int count() { return 0; }
            }
            """;

    @Test
    void writesTheChannelsOfEveryEndpointClassWithParameterNames() throws Exception {
        Path app = app(Map.of("index.html", "<!doctype html>", "app.json", "{\"main\": {\"class\": \"demo.Main\"}}",
                "main/demo/Main.java", MAIN, "main/demo/Notes.java", NOTES));
        ShellProcess.Result r = ShellProcess.run("types", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("wrote 2 channel(s) of 1 class(es) to " + app.resolve("ipc.d.ts"), r.stdout().strip());
        String ts = Files.readString(app.resolve("ipc.d.ts"));
        assertTrue(ts.contains("'notes:load': { args: [id: Ipc.NoteId]; result: Ipc.Note };"), ts);
        assertTrue(ts.contains("'notes:count': { args: []; result: number };"), ts);
        assertTrue(ts.contains("export interface Note {\n      id: Ipc.NoteId;\n      title: string;\n"
                + "      tags: string[];\n    }"), ts);
    }

    @Test
    void writesWhereOutputSays() throws Exception {
        Path app = app(Map.of("index.html", "<!doctype html>", "app.json", "{\"main\": {\"class\": \"demo.Main\"}}",
                "main/demo/Main.java", MAIN, "main/demo/Notes.java", NOTES));
        Path out = app.resolve("web/types/api.d.ts");
        ShellProcess.Result r = ShellProcess.run("types", app.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.readString(out).contains("'notes:count'"));
    }

    @Test
    void anAppWithoutEndpointsIsAUsageError() {
        Path app = app(Map.of("index.html", "<!doctype html>", "app.json", "{\"main\": {\"class\": \"demo.Main\"}}",
                "main/demo/Main.java", MAIN.replace("app.shell().ipcMain().handleAll(new Notes());", "")));
        ShellProcess.Result r = ShellProcess.run("types", app.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("cefshell: no class of notes has an @IpcEndpoint method", r.stderr().strip());
    }
}
