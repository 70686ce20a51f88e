package cefshell.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cef.CefApp;
import org.cef.CefClient;

import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
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
        Path app = Files.createTempDirectory("quit-while-closing-");
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
        CefApp cef = CefApp.getInstance();
        List<Object> tables = new ArrayList<>();
        for (Object client : new ArrayList<>((Collection<?>) read(CefApp.class, "clients_", cef))) {
            tables.add(read(CefClient.class, "browser_", client));
        }
        Thread quitter = new Thread(shell::quit, "quitter");
        holding(tables, 0, () -> {
            quitter.start();
            System.out.println(waitUntilSomeThreadIsBlockedOnOneOf(tables)
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

    private static void holding(List<Object> locks, int from, Runnable then) {
        if (from == locks.size()) {
            then.run();
            return;
        }
        synchronized (locks.get(from)) {
            holding(locks, from + 1, then);
        }
    }

    /** The quit disposes CEF on a thread of its own: whichever thread it is, it must stop at a table. */
    private static boolean waitUntilSomeThreadIsBlockedOnOneOf(List<Object> locks) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
                if (info.getThreadState() == Thread.State.BLOCKED && info.getLockInfo() != null) {
                    for (Object lock : locks) {
                        if (System.identityHashCode(lock) == info.getLockInfo().getIdentityHashCode()) {
                            return true;
                        }
                    }
                }
            }
            sleep(10);
        }
        return false;
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    private static void join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
