package cefshell.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;

/**
 * An app written the plain way, run in its own JVM by ShellQuitTest: two windows, one IPC round trip each, then
 * {@code quit()} and a return from {@code main} with no {@code System.exit}. The JVM must then end by itself.
 * Prints markers the test looks for.
 */
public final class QuitAndReturnMain {
    public static void main(String[] args) throws Exception {
        Path app = Files.createTempDirectory("quit-and-return-");
        Files.writeString(app.resolve("index.html"), "<!doctype html><html><head><script>"
                + "ipcRenderer.invoke('hello', 'page').then(v => document.title = v);</script></head></html>");
        Shell shell = Shell.start();
        shell.ipcMain().handle("hello", (e, a) -> "hello " + a.get(0));
        String origin = shell.serve("quit", app);
        CountDownLatch greeted = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            BrowserWindow w = new BrowserWindow(shell, BrowserWindowOptions.builder().size(320, 240).build(),
                    origin + "/index.html");
            w.webContents().onDidFinishLoad(() -> new Thread(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (!"hello page".equals(w.webContents().getTitle()) && System.nanoTime() < deadline) {
                    sleep(20);
                }
                greeted.countDown();
            }).start());
        }
        System.out.println(greeted.await(40, TimeUnit.SECONDS) ? "IPC-WORKS" : "TIMEOUT");
        long t0 = System.nanoTime();
        shell.quit();
        System.out.println("QUIT-RETURNED " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
