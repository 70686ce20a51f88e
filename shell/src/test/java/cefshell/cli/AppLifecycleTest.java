package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Electron's app lifecycle under {@code shell run}, each run a real process: the quit events in order, the default
 * quit after the last window, a cancelled quit, and a second instance handing over to the first.
 */
class AppLifecycleTest {
    private static final Pattern CACHE_ENTRY =
            Pattern.compile("(?:compiled .* into|reusing compiled main code in) (\\S+)");
    private final List<Path> toDelete = new ArrayList<>();

    @AfterEach
    void deleteAppsAndTheirCacheEntries() {
        toDelete.forEach(TestApps::delete);
    }

    /** An app named uniquely (its lock too) whose main's start body is {@code body}; {@code page} is its index.html. */
    private Path app(String appJsonExtra, String page, String body) {
        String name = "life-" + UUID.randomUUID().toString().substring(0, 8);
        Path app = TestApps.write(name, Map.of(
                "index.html", page,
                "app.json", "{\"name\": \"" + name + "\", \"version\": \"1.2.3\", \"main\": {\"class\": \"demo.Main\"}"
                        + appJsonExtra + "}",
                "main/demo/Main.java", """
                        package demo;

                        import cefshell.*;
                        import java.util.concurrent.atomic.AtomicInteger;

                        public class Main implements AppMain {
                            @Override
                            public void start(AppContext app) throws Exception {
                                Shell shell = app.shell();
                                %s
                            }
                        }
                        """.formatted(body)));
        toDelete.add(app.getParent());
        return app;
    }

    private ShellProcess.Result run(String... args) {
        return keepCacheEntry(ShellProcess.run(args));
    }

    private ShellProcess.Result keepCacheEntry(ShellProcess.Result r) {
        Matcher m = CACHE_ENTRY.matcher(r.stderr());
        if (m.find()) {
            toDelete.add(Path.of(m.group(1)));
        }
        return r;
    }

    /** The lines of {@code out} that {@code tag} starts, in order. */
    private static List<String> tagged(String out, String tag) {
        return out.lines().filter(l -> l.startsWith(tag)).map(l -> l.substring(tag.length())).toList();
    }

    @Test
    void theLastWindowClosingQuitsWithTheQuitEventsInOrder() {
        Path app = app("", "<!doctype html><script>window.close()</script>", """
                shell.onBeforeQuit(e -> System.out.println("@ before-quit"));
                shell.onWillQuit(e -> System.out.println("@ will-quit"));
                shell.onQuit(code -> System.out.println("@ quit " + code));
                System.out.println("@ " + shell.getName().startsWith("life-") + " " + shell.getVersion() + " "
                        + shell.getPath("userData").endsWith(shell.getName()) + " "
                        + shell.getPath("temp").equals(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"))));
                """);
        ShellProcess.Result r = run("run", "--verbose", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(List.of("true 1.2.3 true true", "before-quit", "will-quit", "quit 0"), tagged(r.stdout(), "@ "),
                r.toString());
    }

    @Test
    void beforeQuitCanCancelAndWindowAllClosedListenersKeepTheAppRunning() {
        Path app = app("", "<!doctype html><title>x</title>", """
                AtomicInteger asked = new AtomicInteger();
                shell.onBeforeQuit(e -> {
                    if (asked.incrementAndGet() == 1) {
                        e.preventDefault();
                        System.out.println("@ before-quit prevented");
                    } else {
                        System.out.println("@ before-quit");
                    }
                });
                shell.onWillQuit(e -> System.out.println("@ will-quit"));
                shell.onQuit(code -> System.out.println("@ quit " + code));
                shell.onWindowAllClosed(() -> System.out.println("@ window-all-closed"));
                BrowserWindow w = app.createWindow();
                w.onClose(e -> System.out.println("@ close"));
                w.onReadyToShow(() -> new Thread(() -> {
                    shell.quit();
                    System.out.println("@ still running with " + shell.windows().size() + " window");
                    shell.quit();
                }).start());
                """);
        ShellProcess.Result r = run("run", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(List.of("before-quit prevented", "still running with 1 window", "before-quit", "close",
                "will-quit", "quit 0"), tagged(r.stdout(), "@ "), r.toString());
    }

    @Test
    void aSecondInstanceHandsItsCommandLineOverToTheFirstAndExits() {
        Path app = app("", "<!doctype html><title>x</title>", """
                if (!shell.requestSingleInstanceLock("data of " + app.args())) {
                    System.out.println("@ not the first instance");
                    shell.quit();
                    return;
                }
                shell.onSecondInstance(e -> {
                    System.out.println("@ second-instance " + e.argv().subList(e.argv().size() - 2, e.argv().size())
                            + " in " + e.workingDirectory() + " with " + e.additionalData());
                    BrowserWindow.getAllWindows().get(0).focus();
                    shell.quit();
                });
                app.createWindow().onReadyToShow(() -> System.out.println("@ first instance ready"));
                """);
        ShellProcess first = ShellProcess.start(List.of(), env -> { }, "run", app.toString(), "--", "one");
        first.awaitStdout("@ first instance ready");
        ShellProcess.Result second = run("run", app.toString(), "--", "again", "two");
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(List.of("not the first instance"), tagged(second.stdout(), "@ "), second.toString());
        ShellProcess.Result r = keepCacheEntry(first.finish());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(List.of("first instance ready", "second-instance [again, two] in " + System.getProperty("user.dir")
                + " with data of [again, two]"), tagged(r.stdout(), "@ "), r.toString());
    }

    @Test
    void anAppMarkedSingleInstanceHandsOverBeforeChromiumStarts() {
        Path app = app(", \"singleInstance\": true", "<!doctype html><title>x</title>", """
                shell.onSecondInstance(e -> {
                    System.out.println("@ second-instance " + e.argv().get(e.argv().size() - 1));
                    shell.quit();
                });
                app.createWindow().onReadyToShow(() -> System.out.println("@ first instance ready"));
                """);
        ShellProcess first = ShellProcess.start(List.of(), env -> { }, "run", app.toString());
        first.awaitStdout("@ first instance ready");
        long started = System.nanoTime();
        ShellProcess.Result second = run("run", "--verbose", app.toString(), "--", "file.txt");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.stderr().contains("another instance of"), second.toString());
        assertFalse(second.stderr().contains("Chromium"), "no Chromium in the second run:\n" + second);
        ShellProcess.Result r = keepCacheEntry(first.finish());
        assertEquals(List.of("first instance ready", "second-instance file.txt"), tagged(r.stdout(), "@ "), r.toString());
        System.out.println("second instance handed over and exited in " + millis + " ms");
    }
}
