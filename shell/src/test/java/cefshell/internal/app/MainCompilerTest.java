package cefshell.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cefshell.AppMain;

class MainCompilerTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    private final List<String> log = new ArrayList<>();

    private MainCompiler compiler() {
        return new MainCompiler(dir.resolve("cache"), new PrintStream(diagnostics, true, StandardCharsets.UTF_8),
                log::add);
    }

    private AppManifest app(String source) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("index.html"), "<p>");
        Files.writeString(app.resolve("app.json"), "{\"main\": {\"class\": \"demo.Main\"}}");
        Files.createDirectories(app.resolve("main/demo"));
        Files.writeString(app.resolve("main/demo/Main.java"), source);
        return AppManifest.load(app, w -> { });
    }

    private static final String GOOD = """
            package demo;
            public class Main implements cefshell.AppMain {
                public void start(cefshell.AppContext app) { }
            }
            """;

    @Test
    void compiledClassesAreCachedAndReusedWhileTheSourcesAreUnchanged() throws Exception {
        Path classes = compiler().compile(app(GOOD));
        assertTrue(Files.isRegularFile(classes.resolve("demo/Main.class")));
        Path marker = classes.resolveSibling(MainCompiler.MARKER);
        var compiledAt = Files.getLastModifiedTime(marker);

        assertEquals(classes, compiler().compile(app(GOOD)));
        assertEquals(compiledAt, Files.getLastModifiedTime(marker));
        assertTrue(log.get(1).startsWith("reusing compiled main code in "), log.toString());

        Path changed = compiler().compile(app(GOOD.replace("{ }", "{ System.out.println(); }")));
        assertTrue(!changed.equals(classes), "a changed source gets a new cache entry");
        Class<? extends AppMain> type = MainLoader.load(changed, app(GOOD.replace("{ }", "{ System.out.println(); }")));
        assertEquals("demo.Main", type.getName());
    }

    @Test
    void compileErrorsArePrintedRelativeToTheAppAndLeaveNoCacheEntry() throws Exception {
        AppManifest app = app(GOOD.replace("{ }", "{ int x = \"s\"; }"));
        assertThrows(AppFailedException.class, () -> compiler().compile(app));
        String printed = diagnostics.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("main/demo/Main.java:3: error: incompatible types"), printed);
        assertTrue(printed.contains("1 error"), printed);
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            assertEquals(List.of(), entries.toList(), "nothing half-compiled is left");
        }
    }
}
