package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import cefshell.internal.runtime.CefRuntime;
import cefshell.testing.ExitWhileABrowserClosesMain;
import cefshell.testing.QuitAndReturnMain;
import cefshell.testing.QuitWhileABrowserClosesMain;

/** {@link Shell#quit()} lets the JVM end by itself: each run is a fresh JVM, since CEF starts once per process. */
class ShellQuitTest {
    /** From quit() returning to the JVM's end: AWT shuts down about 1 s after its last window is disposed. */
    private static final long EXIT_BOUND_MILLIS = 10_000;

    @Test
    void aMainWithTwoWindowsThatQuitsAndReturnsEndsItsJvm() throws Exception {
        Process p = ShellStartFromSwingTest.childJvm(QuitAndReturnMain.class);
        StringBuilder out = new StringBuilder();
        AtomicLong quitReturnedAt = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("QUIT-RETURNED")) {
                        quitReturnedAt.set(System.nanoTime());
                    }
                    synchronized (out) {
                        out.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        long endedAt = System.nanoTime();
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        reader.join(5000);
        String output;
        synchronized (out) {
            output = out.toString();
        }
        assertTrue(output.contains("IPC-WORKS"), "both windows answered IPC:\n" + output);
        assertTrue(quitReturnedAt.get() != 0, "quit() returned:\n" + output);
        assertTrue(ended, "the JVM did not end after quit() and the return from main:\n" + output);
        long afterQuit = TimeUnit.NANOSECONDS.toMillis(endedAt - quitReturnedAt.get());
        assertTrue(afterQuit < EXIT_BOUND_MILLIS, "the JVM ended " + afterQuit + " ms after quit() returned");
        assertEquals(0, p.exitValue(), output);
    }

    /**
     * JCEF's {@code CefApp.dispose()} holds the app's monitor and then takes each client's browser table; CEF's UI
     * thread, when a client's last browser finishes closing, holds the table and then takes the app's monitor. A
     * window that finished closing just as the quit disposed CEF thus deadlocked the JVM at exit (seen in
     * {@code shell doctor --live}, which closes its window and quits at once). The child holds every table, as the UI
     * thread would, while it quits, and checks that the app's monitor stays free meanwhile.
     */
    @Test
    void aQuitMeetingABrowserThatFinishesClosingDoesNotDeadlock() throws Exception {
        Process p = ShellStartFromSwingTest.childJvm(QuitWhileABrowserClosesMain.class);
        String output = ShellStartFromSwingTest.readAll(p);
        assertTrue(p.waitFor(1, TimeUnit.SECONDS), "the child JVM ended:\n" + output);
        assertTrue(output.contains("DISPOSE-WAITS-AT-A-BROWSER-TABLE"), output);
        assertTrue(output.contains("APP-LOCK-FREE") && !output.contains("APP-LOCK-HELD"), output);
        assertTrue(output.contains("QUIT-RETURNED"), output);
        assertEquals(0, p.exitValue(), output);
    }

    /**
     * The same deadlock during {@code System.exit}: both shutdown hooks (jcefmaven's and cefshell's) call JCEF's plain
     * {@code dispose()}, which can meet CEF's UI thread finishing a browser's close. The child makes that happen on
     * purpose; the JVM must still end, through the shutdown's bounded wait and halt (about 30 s, exit code 3), where
     * a hook stuck in {@code dispose()} used to keep it alive for good.
     */
    @Test
    void anExitMeetingABrowserThatFinishesClosingStillEndsTheJvm() throws Exception {
        Process p = ShellStartFromSwingTest.childJvm(ExitWhileABrowserClosesMain.class);
        String output = ShellStartFromSwingTest.readAll(p);
        assertTrue(p.waitFor(1, TimeUnit.SECONDS), "the child JVM ended:\n" + output);
        assertTrue(output.contains("DISPOSE-WAITS-AT-A-BROWSER-TABLE"), output);
        assertTrue(output.contains("did not shut down within"), output);
        assertEquals(CefRuntime.SHUTDOWN_HUNG_EXIT_CODE, p.exitValue(), output);
    }
}
