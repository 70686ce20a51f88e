package cefshell.testing;

import java.util.List;

import org.cef.CefApp;

import cefshell.Shell;

/**
 * Run in its own JVM by ShellQuitTest: quits while holding every JCEF client's browser table, as CEF's UI thread
 * holds one when a browser finishes closing ({@code CefClient.cleanupBrowser}), and checks from there that the
 * thread disposing CEF does not hold {@code CefApp}'s monitor meanwhile, which the UI thread takes next when the closed
 * browser was a disposed client's last. Both held at once is JCEF's deadlock at quit. Prints markers; exits 0 only
 * if the quit returned.
 */
public final class QuitWhileABrowserClosesMain {
    public static void main(String[] args) throws Exception {
        Shell shell = OneLoadedWindow.start();
        CefApp cef = CefApp.getInstance();
        List<Object> tables = JcefLocks.browserTables(cef);
        Thread quitter = new Thread(shell::quit, "quitter");
        JcefLocks.holding(tables, () -> {
            quitter.start();
            System.out.println(JcefLocks.awaitSomeThreadBlockedOnOneOf(tables)
                    ? "DISPOSE-WAITS-AT-A-BROWSER-TABLE" : "DISPOSE-NEVER-WAITED-AT-A-BROWSER-TABLE");
            Thread asUiThreadWould = new Thread(() -> {
                synchronized (cef) {
                    System.out.println("APP-LOCK-FREE");
                }
            }, "takes-the-app-lock");
            asUiThreadWould.setDaemon(true);
            asUiThreadWould.start();
            join(asUiThreadWould, 3000);
            if (asUiThreadWould.isAlive()) {
                System.out.println("APP-LOCK-HELD by the disposing thread while it waits for a browser table");
            }
        });
        join(quitter, 40_000);
        System.out.println(quitter.isAlive() ? "QUIT-STUCK" : "QUIT-RETURNED");
        System.exit(quitter.isAlive() ? 1 : 0);
    }

    private static void join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
