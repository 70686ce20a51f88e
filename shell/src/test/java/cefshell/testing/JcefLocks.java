package cefshell.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cef.CefApp;
import org.cef.CefClient;

/**
 * JCEF's two shutdown locks, for the child JVMs that recreate its lock-order deadlock on purpose: each client's
 * browser table (CEF's UI thread holds one while a browser finishes closing) and the app's monitor.
 */
final class JcefLocks {
    private JcefLocks() {
    }

    /** Every client's browser table (JCEF's private {@code CefClient.browser_}). */
    static List<Object> browserTables(CefApp app) throws ReflectiveOperationException {
        List<Object> tables = new ArrayList<>();
        for (Object client : new ArrayList<>((Collection<?>) read(CefApp.class, "clients_", app))) {
            tables.add(read(CefClient.class, "browser_", client));
        }
        return tables;
    }

    /** Runs {@code then} holding every lock in {@code locks}, taken in list order. */
    static void holding(List<Object> locks, Runnable then) {
        holding(locks, 0, then);
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

    /** Whether some thread became BLOCKED on one of {@code locks} within 20 s. */
    static boolean awaitSomeThreadBlockedOnOneOf(List<Object> locks) {
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
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
