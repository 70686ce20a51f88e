package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * CEF's UI and IO threads stay attached to the JVM once a page has loaded (unless
 * {@code -Dcefshell.attachCefThreads=false}), so JCEF's calls into Java from them (every cefQuery, load event, dialog
 * and resource read) no longer make and end a Java thread each time.
 */
@ExtendWith(ShellExtension.class)
class CefThreadAttachmentTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";
    private static final int CALLS = 300;

    @Test
    void roundTripsFromAPageStartNoThreads(TestWindows t) {
        t.shell().ipcMain().handle("attached-echo", (e, a) -> a.get(0));
        try {
            BrowserWindow w = t.page(PAGE);
            try {
                Awaits.until("CEF's UI and IO threads attached", 15, TimeUnit.SECONDS,
                        () -> threadNames().containsAll(Set.of("CEF UI", "CEF IO")));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; threads: " + threadNames(), e);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long before = threads.getTotalStartedThreadCount();
            Object sum = eval(w, "(async () => { let s = 0; for (let i = 0; i < " + CALLS + "; i++) "
                    + "s += await ipcRenderer.invoke('attached-echo', i); return s; })()");
            long started = threads.getTotalStartedThreadCount() - before;
            assertEquals((double) CALLS * (CALLS - 1) / 2, ((Number) sum).doubleValue());
            // JCEF attaches an unattached thread for each call and detaches it after: 300 calls, 300+ threads
            assertTrue(started < CALLS / 10, started + " threads started during " + CALLS + " round trips");
        } finally {
            t.shell().ipcMain().removeHandler("attached-echo");
        }
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).collect(Collectors.toSet());
    }
}
