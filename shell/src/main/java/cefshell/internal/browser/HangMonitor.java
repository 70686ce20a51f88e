package cefshell.internal.browser;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes once a second and lets every live page's {@link RendererHealth} send or check its ping. One sleeping daemon
 * thread for the whole process, created with the first page: a healthy page costs one tiny script and one answer a
 * second, and nothing spins. JCEF 146 does not pass on CEF's {@code OnRenderProcessUnresponsive}, hence this.
 */
final class HangMonitor {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");
    static final long TICK_MILLIS = 1000;

    private static final Set<RendererHealth> PAGES = ConcurrentHashMap.newKeySet();
    private static ScheduledExecutorService timer; // guarded by HangMonitor.class

    private HangMonitor() {
    }

    static synchronized void watch(RendererHealth page) {
        PAGES.add(page);
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cefshell-hang-monitor");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(HangMonitor::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code r} on the monitor's thread as soon as it is free (off CEF's threads). */
    static synchronized void runSoon(Runnable r) {
        timer.execute(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, String.valueOf(e));
            }
        });
    }

    private static void tick() {
        for (RendererHealth page : PAGES) {
            try {
                if (!page.tick()) {
                    PAGES.remove(page);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "hang check failed: " + e);
            }
        }
    }
}
