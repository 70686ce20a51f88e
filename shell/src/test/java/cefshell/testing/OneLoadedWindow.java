package cefshell.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;

/** For the child JVMs of the quit tests: the shell started, with one window whose page has loaded. */
final class OneLoadedWindow {
    private OneLoadedWindow() {
    }

    /** Starts the shell and opens one window; exits the JVM with code 2 if its page does not load within 30 s. */
    static Shell start() throws Exception {
        Path app = Files.createTempDirectory("one-loaded-window-");
        Files.writeString(app.resolve("index.html"), "<!doctype html><title>page</title>");
        Shell shell = Shell.start();
        String origin = shell.serve("closing", app);
        CountDownLatch loaded = new CountDownLatch(1);
        BrowserWindow w = new BrowserWindow(shell, BrowserWindowOptions.builder().size(320, 240).build(),
                origin + "/index.html");
        w.webContents().onDidFinishLoad(loaded::countDown);
        if (!loaded.await(30, TimeUnit.SECONDS)) {
            System.out.println("TIMEOUT waiting for the page");
            System.exit(2);
        }
        return shell;
    }
}
