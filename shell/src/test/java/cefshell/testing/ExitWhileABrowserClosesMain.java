package cefshell.testing;

import java.util.List;

import org.cef.CefApp;

/**
 * Run in its own JVM by ShellQuitTest: makes JCEF's dispose deadlock happen during {@code System.exit}, and lets
 * the shutdown hooks show what they do then. This thread holds every browser table, as CEF's UI thread holds one when
 * a browser finishes closing; once a shutdown hook's {@code CefApp.dispose()} waits at a table (holding the app's
 * monitor), this thread asks for the app's monitor too, as the UI thread would next. The JVM must still end, through
 * the shutdown's bounded wait and halt (exit code 3), instead of never.
 */
public final class ExitWhileABrowserClosesMain {
    public static void main(String[] args) throws Exception {
        OneLoadedWindow.start();
        CefApp cef = CefApp.getInstance();
        List<Object> tables = JcefLocks.browserTables(cef);
        JcefLocks.holding(tables, () -> {
            new Thread(() -> System.exit(0), "exits").start();
            if (!JcefLocks.awaitSomeThreadBlockedOnOneOf(tables)) {
                System.out.println("NO-DISPOSE-REACHED-A-BROWSER-TABLE");
                return;
            }
            System.out.println("DISPOSE-WAITS-AT-A-BROWSER-TABLE");
            System.out.flush();
            synchronized (cef) { // as CEF's UI thread does next (clientWasDisposed): now both wait for good
                System.out.println("APP-LOCK-TAKEN: no deadlock was made");
            }
        });
        Thread.sleep(Long.MAX_VALUE); // System.exit is under way: only the shutdown's halt ends this JVM now
    }
}
