package cefshell.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;

/**
 * One start/stop cycle in a fresh JVM, for scripts/start-stop-loop.sh: {@code Shell.start} -> open a window -> one
 * IPC round trip ({@code ipcRenderer.invoke}) -> {@code quit}. CEF starts once per process, so the loop runs this
 * main once per JVM; a start-up crash shows as a non-zero exit code (and an hs_err file), not as a test failure.
 * Exits 0 when the round trip arrived and quit returned, 2 when the page never answered (and 3, from the shell's
 * watchdog, when CEF does not shut down in time).
 */
public final class StartStopMain {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path app = Files.createTempDirectory("cefshell-start-stop-");
        Files.writeString(app.resolve("index.html"), "<!doctype html><html><head><script>"
                + "ipcRenderer.invoke('ping', 41).then(v => document.title = 'pong ' + v);</script></head></html>");
        Shell shell = Shell.start();
        long started = System.nanoTime();
        shell.ipcMain().handle("ping", (e, a) -> a.get(0, int.class) + 1);
        String origin = shell.serve("startstop", app);
        BrowserWindow win = new BrowserWindow(shell, BrowserWindowOptions.builder().title("start-stop").build(),
                origin + "/index.html");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"pong 42".equals(win.webContents().getTitle())) {
            if (System.nanoTime() > deadline) {
                System.out.println("START-STOP TIMEOUT title=" + win.webContents().getTitle());
                System.exit(2);
            }
            Thread.sleep(10);
        }
        long ipc = System.nanoTime();
        // before quit, so a run that then fails to shut down still shows that start and IPC worked
        System.out.printf("START-STOP IPC start=%d ms ipc=%d ms%n", ms(started - t0), ms(ipc - started));
        shell.quit();
        long quit = System.nanoTime();
        System.out.printf("START-STOP OK start=%d ms ipc=%d ms quit=%d ms%n", ms(started - t0), ms(ipc - started),
                ms(quit - ipc));
        System.exit(0); // quit() does not end AWT's threads (see the issue about JVMs that never exit)
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
