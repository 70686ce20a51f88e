package cefshell.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import cefshell.BrowserPanel;
import cefshell.Shell;

/**
 * A Swing program written the usual way, run in its own JVM by ShellStartFromSwingTest: it shows a window before the
 * shell exists, starts the shell on the EDT, embeds a page that calls Java, and quits from the EDT. Prints markers
 * the test looks for; exits 0 only if everything worked.
 */
public final class SwingFirstMain {
    public static void main(String[] args) throws Exception {
        Path app = Files.createTempDirectory("swing-first-");
        Files.writeString(app.resolve("index.html"), "<!doctype html><html><head><script>"
                + "ipcRenderer.invoke('hello', 'page').then(v => document.title = v);</script></head></html>");
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            frame[0] = new JFrame("opened before the shell");
            frame[0].setSize(400, 300);
            frame[0].setVisible(true);
        });
        System.out.println("FRAME-SHOWN");
        CompletableFuture<BrowserPanel> panel = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            Shell shell = Shell.start(); // on the EDT, after AWT opened the display
            shell.ipcMain().handle("hello", (e, a) -> "hello " + a.get(0));
            BrowserPanel p = BrowserPanel.forApp(shell, app);
            frame[0].add(p);
            frame[0].revalidate();
            panel.complete(p);
        });
        System.out.println("SHELL-STARTED");
        BrowserPanel p = panel.get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"hello page".equals(p.webContents().getTitle())) {
            if (System.nanoTime() > deadline) {
                System.out.println("TIMEOUT title=" + p.webContents().getTitle());
                System.exit(2);
            }
            Thread.sleep(20);
        }
        System.out.println("IPC-WORKS");
        SwingUtilities.invokeAndWait(() -> {
            Shell.current().quit(); // on the EDT, as a "Quit" menu action would
            System.out.println("QUIT-RETURNED");
        });
        System.exit(0);
    }
}
