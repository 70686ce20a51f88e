package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cefshell.internal.display.PrivateDisplayLauncher;

/** {@code shell run} of pure web apps, end to end in real Chromium. */
class RunCommandTest {
    /** Logs at every level, throws, then closes its own window. */
    private static final Map<String, String> LEVELS_APP = Map.of(
            "index.html", "<!doctype html><html><head><title>levels</title><script src=\"main.js\"></script>"
                    + "</head><body></body></html>",
            "main.js", """
                    console.log('a log line');
                    console.debug('a debug line');
                    console.info('an info line');
                    console.warn('a warning');
                    console.error('an error');
                    setTimeout(() => { throw new Error('boom'); }, 0);
                    setTimeout(() => window.close(), 100);
                    """);

    private Path app;

    @AfterEach
    void deleteApp() {
        TestApps.delete(app == null ? null : app.getParent());
    }

    @Test
    void theRunEndsWithZeroWhenThePageClosesItsWindow() {
        app = TestApps.write("closer", Map.of(
                "index.html", "<!doctype html><title>closer</title><script src=\"main.js\"></script>",
                "main.js", "console.log('hello from page');\nsetTimeout(() => window.close(), 50);\n"));
        ShellProcess.Result r = ShellProcess.run("run", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("[page log] hello from page  (app://closer/main.js:1)"), r.toString());
        assertFalse(r.stdout().contains("initialize on Thread["), "JCEF's chatter is filtered:\n" + r);
        assertFalse(r.stdout().contains("shutdown on Thread["), "JCEF's chatter is filtered:\n" + r);
    }

    @Test
    void consoleMessagesReachTheTerminalWithLevelSourceAndLine() {
        app = TestApps.write("levels", LEVELS_APP);
        ShellProcess.Result r = ShellProcess.run("run", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("[page log] a log line  (app://levels/main.js:1)"), r.toString());
        assertTrue(r.stdout().contains("[page log] an info line  (app://levels/main.js:3)"), r.toString());
        assertTrue(r.stderr().contains("[page warn] a warning  (app://levels/main.js:4)"), r.toString());
        assertTrue(r.stderr().contains("[page error] an error  (app://levels/main.js:5)"), r.toString());
        assertTrue(r.stderr().contains("[page error] Uncaught Error: boom  (app://levels/main.js:6)"), r.toString());
        assertFalse(r.stdout().contains("a debug line"), "debug only with --verbose:\n" + r);
        assertFalse(r.stdout().contains("a warning"), "warnings go to stderr:\n" + r);
    }

    @Test
    void quietShowsOnlyPageWarningsAndErrors() {
        app = TestApps.write("levels", LEVELS_APP);
        ShellProcess.Result r = ShellProcess.run("run", "--quiet", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(r.stdout().contains("[page log]"), r.toString());
        assertTrue(r.stderr().contains("[page warn] a warning"), r.toString());
        assertTrue(r.stderr().contains("[page error] Uncaught Error: boom"), r.toString());
    }

    @Test
    void verboseAlsoShowsDebugMessagesAndTheShellsDiagnostics() {
        app = TestApps.write("levels", LEVELS_APP);
        ShellProcess.Result r = ShellProcess.run("run", "--verbose", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("[page debug] a debug line  (app://levels/main.js:2)"), r.toString());
        assertTrue(r.stderr().contains("cefshell: serving "), r.toString());
        assertTrue(r.stderr().contains("cefshell: the app quit"), r.toString());
    }

    @Test
    void appJsonNamesTheAppAndItsEntryPage() {
        app = TestApps.write("folder-name", Map.of(
                "app.json", "{\"name\": \"My App\", \"entry\": \"pages/start.html\", "
                        + "\"window\": {\"title\": \"T\", \"width\": 400, \"height\": 300}}",
                "pages/start.html", "<!doctype html><script>console.log('at ' + location.href + ' '"
                        + " + innerWidth + 'x' + innerHeight); window.close();</script>"));
        ShellProcess.Result r = ShellProcess.run("run", app.toString(), "--width", "500");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("[page log] at app://my-app/pages/start.html 500x"), r.toString());
    }

    @Test
    void aMissingFolderIsAUsageError() {
        ShellProcess.Result r = ShellProcess.run("run", "/no/such/app");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("no such app folder: /no/such/app"), r.toString());
    }

    @Test
    void aFolderWithoutIndexHtmlIsAUsageError() {
        app = TestApps.write("empty", Map.of("readme.txt", "not an app"));
        ShellProcess.Result r = ShellProcess.run("run", app.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("has no index.html"), r.toString());
    }

    @Test
    void aBadAppJsonIsAUsageErrorNamingTheFileAndField() {
        app = TestApps.write("bad", Map.of("index.html", "<p>", "app.json", "{\"window\": {\"width\": \"wide\"}}"));
        ShellProcess.Result r = ShellProcess.run("run", app.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains(app.resolve("app.json") + ": \"window.width\" must be a whole number"),
                r.toString());
        assertEquals(1, r.stderr().lines().count(), "one line:\n" + r);
    }

    @Test
    void malformedAppJsonIsAUsageError() {
        app = TestApps.write("bad", Map.of("index.html", "<p>", "app.json", "{\"name\": \"x\",,"));
        ShellProcess.Result r = ShellProcess.run("run", app.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("app.json: not valid JSON"), r.toString());
    }

    @Test
    void withoutADisplayHeadlessRelaunchesOnAPrivateXvfb() {
        app = TestApps.write("headless", Map.of(
                "index.html", "<!doctype html><script>console.log('ran headless'); window.close();</script>"));
        ShellProcess.Result r = ShellProcess.run(env -> {
            env.remove("DISPLAY");
            env.remove(PrivateDisplayLauncher.PRIVATE_DISPLAY_ENV);
        }, "run", "--headless", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("[page log] ran headless  (app://headless/index.html:"), r.toString());
    }

    @Test
    void ctrlCEndsTheRunWithZero() {
        app = TestApps.write("stays", Map.of(
                "index.html", "<!doctype html><script>console.log('up and waiting');</script>"));
        ShellProcess shell = ShellProcess.start(List.of(), env -> { }, "run", app.toString());
        shell.awaitStdout("up and waiting");
        signal("INT", shell.pid());
        ShellProcess.Result r = shell.finish();
        assertEquals(0, r.exitCode(), r.toString());
    }

    /**
     * Ctrl-C on a terminal signals the whole process group: the launching JVM, Xvfb, the app's JVM and Chromium's
     * helpers. {@code setsid} makes the run a group of its own, as a terminal's foreground job is.
     */
    @Test
    void ctrlCOnAPrivateDisplayEndsTheRunWithZero() {
        app = TestApps.write("stays-headless", Map.of(
                "index.html", "<!doctype html><script>console.log('up and waiting');</script>"));
        ShellProcess shell = ShellProcess.start(List.of("setsid"), env -> {
            env.remove("DISPLAY");
            env.remove(PrivateDisplayLauncher.PRIVATE_DISPLAY_ENV);
        }, "run", app.toString());
        shell.awaitStdout("up and waiting");
        signal("INT", -shell.pid()); // the group
        ShellProcess.Result r = shell.finish();
        assertEquals(0, r.exitCode(), r.toString());
    }

    /**
     * A SIGINT sent to the launching JVM alone (a supervisor's stop, an IDE's stop button, {@code timeout -s INT})
     * ends the run as Ctrl-C does: the launcher passes it on to the app's JVM, which leaves nothing behind.
     */
    @Test
    void aSigintToTheLauncherAloneEndsARunOnAPrivateDisplay() {
        app = TestApps.write("stays-headless", Map.of(
                "index.html", "<!doctype html><script>console.log('up and waiting');</script>"));
        ShellProcess shell = ShellProcess.start(List.of(), env -> {
            env.remove("DISPLAY");
            env.remove(PrivateDisplayLauncher.PRIVATE_DISPLAY_ENV);
        }, "run", app.toString());
        shell.awaitStdout("up and waiting");
        List<ProcessHandle> started = ProcessHandle.of(shell.pid()).orElseThrow().descendants().toList();
        assertTrue(started.stream().anyMatch(p -> p.info().command().orElse("").endsWith("java")),
                "the app runs in a JVM of its own: " + started);
        signal("INT", shell.pid()); // the launcher only
        ShellProcess.Result r = shell.finish();
        assertEquals(0, r.exitCode(), r.toString());
        for (ProcessHandle p : started) {
            p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
            assertFalse(p.isAlive(), "still running after the run ended: " + p.pid() + " " + p.info().command());
        }
    }

    static void signal(String name, long pid) {
        try {
            new ProcessBuilder("kill", "-" + name, "--", Long.toString(pid)).inheritIO().start().waitFor();
        } catch (Exception e) {
            throw new AssertionError("cannot send SIG" + name, e);
        }
    }
}
