package cefshell.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;
import cefshell.ShellOptions;
import cefshell.ShellStartException;
import cefshell.internal.app.JcefChatterFilter;

/**
 * {@code shell doctor --live}: starts Chromium in this process and runs a page that reports its user agent through
 * the console, which exercises the natives, the display, the {@code app://} scheme and console forwarding at once.
 */
final class LiveCheck {
    private static final String MARK = "cefshell-doctor ";
    private static final long PAGE_TIMEOUT_SECONDS = 30;

    private LiveCheck() {
    }

    /** Prints one "Live" line; returns 0 when the page ran. */
    static int run(PrintStream out) {
        JcefChatterFilter.install();
        DoctorReport report = new DoctorReport(out);
        CompletableFuture<String> agent = new CompletableFuture<>();
        long started = System.nanoTime();
        Shell shell;
        try {
            shell = Shell.start(ShellOptions.builder()
                    .consoleSink(m -> {
                        if (m.message().startsWith(MARK)) {
                            agent.complete(m.message().substring(MARK.length()));
                        }
                    })
                    .build());
        } catch (ShellStartException e) {
            report.problem("Live", "Chromium could not start: " + e.getMessage());
            return 1;
        }
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cefshell-doctor-");
            Files.writeString(folder.resolve("index.html"),
                    "<!doctype html><script>console.log('" + MARK + "' + navigator.userAgent)</script>");
            String origin = shell.serve("cefshell-doctor", folder);
            BrowserWindow w = new BrowserWindow(shell, BrowserWindowOptions.builder().size(320, 200).show(true)
                    .build(), origin + "/index.html");
            String ua = agent.get(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            report.line("Live", "Chromium " + shell.chromiumVersion() + " (CEF " + shell.cefVersion()
                    + ") started in " + startMillis + " ms on DISPLAY=" + System.getenv("DISPLAY")
                    + " and ran a page\nuser agent: " + ua);
            w.close();
            return 0;
        } catch (TimeoutException e) {
            report.problem("Live", "Chromium started, but a page did not run within " + PAGE_TIMEOUT_SECONDS + " s");
            return 1;
        } catch (IOException | ExecutionException e) {
            report.problem("Live", "could not run a page: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            shell.quit();
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve("index.html"));
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temp folder
        }
    }
}
