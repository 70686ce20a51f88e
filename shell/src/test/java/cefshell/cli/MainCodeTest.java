package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cefshell.internal.app.MainCompiler;

/** {@code shell run} of apps with main-side Java code: compiled on the fly, cached, run before the window. */
class MainCodeTest {
    private static final Pattern CACHE_ENTRY =
            Pattern.compile("(?:compiled .* into|reusing compiled main code in) (\\S+)");
    private static final String CLOSING_PAGE = "<!doctype html><script>console.log('page of ' + location.host);"
            + " window.close();</script>";

    private final List<Path> toDelete = new ArrayList<>();

    @AfterEach
    void deleteAppsAndTheirCacheEntries() {
        toDelete.forEach(TestApps::delete);
    }

    /** An app whose main is {@code body} inside {@code start(AppContext app)}; unique, so never cached before. */
    private Path appWithMain(String name, String body) {
        Path app = TestApps.write(name, Map.of(
                "index.html", CLOSING_PAGE,
                "second.html", "<!doctype html><script>console.log('second page'); window.close();</script>",
                "app.json", "{\"main\": {\"class\": \"demo.Main\"}}",
                "main/demo/Main.java", """
                        package demo;

                        import cefshell.*;

                        // %s
                        public class Main implements AppMain {
                            @Override
                            public void start(AppContext app) throws Exception {
                                %s
                            }
                        }
                        """.formatted(UUID.randomUUID(), body)));
        toDelete.add(app.getParent());
        return app;
    }

    /** Runs {@code shell run --verbose ...}; the cache entry it names is deleted after the test. */
    private ShellProcess.Result runVerbose(String... args) {
        List<String> all = new ArrayList<>(List.of("run", "--verbose"));
        all.addAll(List.of(args));
        ShellProcess.Result r = ShellProcess.run(all.toArray(String[]::new));
        Matcher m = CACHE_ENTRY.matcher(r.stderr());
        if (m.find()) {
            toDelete.add(Path.of(m.group(1)));
        }
        return r;
    }

    private static Path cacheEntry(ShellProcess.Result r) {
        Matcher m = CACHE_ENTRY.matcher(r.stderr());
        assertTrue(m.find(), "no cache entry in\n" + r);
        return Path.of(m.group(1));
    }

    @Test
    void mainRunsBeforeTheWindowWithTheArgumentsAfterDoubleDash() {
        Path app = appWithMain("greeter", "System.out.println(\"main says hi to \" + app.args() + \" at \""
                + " + app.entryUrl() + \", windows: \" + app.shell().windows().size());");
        ShellProcess.Result r = runVerbose(app.toString(), "--", "one", "--two");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("main says hi to [one, --two] at app://greeter/index.html, windows: 0"),
                r.toString());
        assertTrue(r.stdout().contains("[page log] page of greeter"), "the default window opened:\n" + r);
    }

    @Test
    void aMainThatOpensItsOwnWindowGetsNoDefaultWindow() {
        Path app = appWithMain("own-window", "app.createWindow(BrowserWindowOptions.defaults(),"
                + " app.origin() + \"/second.html\");");
        ShellProcess.Result r = runVerbose(app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("[page log] second page"), r.toString());
        assertFalse(r.stdout().contains("page of"), "no default window:\n" + r);
    }

    @Test
    void aCompileErrorIsReportedAsFileLineAndExitsOne() {
        Path app = appWithMain("broken", "int x = \"not a number\";");
        ShellProcess.Result r = ShellProcess.run("run", app.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("main/demo/Main.java:9: error: incompatible types"), r.toString());
        assertTrue(r.stderr().contains("does not compile; nothing was run"), r.toString());
        assertFalse(r.stdout().contains("[page"), "Chromium never started:\n" + r);
    }

    @Test
    void aSecondRunReusesTheCompiledClasses() throws Exception {
        Path app = appWithMain("cached", "System.out.println(\"cached main ran\");");
        ShellProcess.Result first = runVerbose(app.toString());
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.stderr().contains("cefshell: compiled 1 main source file(s)"), first.toString());
        Path entry = cacheEntry(first);
        FileTime compiledAt = Files.getLastModifiedTime(entry.resolve(MainCompiler.MARKER));

        ShellProcess.Result second = runVerbose(app.toString());
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.stdout().contains("cached main ran"), second.toString());
        assertTrue(second.stderr().contains("cefshell: reusing compiled main code in " + entry), second.toString());
        assertFalse(second.stderr().contains("cefshell: compiled"), second.toString());
        assertEquals(compiledAt, Files.getLastModifiedTime(entry.resolve(MainCompiler.MARKER)));
    }

    @Test
    void aMainThatThrowsEndsTheRunWithOneAndItsStackTrace() {
        Path app = appWithMain("thrower", "throw new IllegalStateException(\"no config here\");");
        ShellProcess.Result r = runVerbose(app.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("cefshell: demo.Main.start threw java.lang.IllegalStateException: no config"),
                r.toString());
        assertTrue(r.stderr().contains("demo.Main.start(Main.java:9)"), r.toString());
        assertFalse(r.stderr().contains("at picocli."), "only the app's frames:\n" + r);
    }

    @Test
    void aMainClassThatIsNotAnAppMainIsRefused() {
        Path app = TestApps.write("not-main", Map.of("index.html", CLOSING_PAGE,
                "app.json", "{\"main\": {\"class\": \"demo.Plain\", \"sources\": \"java\"}}",
                "java/demo/Plain.java", "package demo; public class Plain { /* " + UUID.randomUUID() + " */ }"));
        toDelete.add(app.getParent());
        ShellProcess.Result r = runVerbose(app.toString());
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("demo.Plain does not implement cefshell.AppMain"), r.toString());
        assertFalse(r.stderr().contains("cefshell: Chromium "), "refused before Chromium starts:\n" + r);
    }
}
