package cefshell.internal.runtime;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cef.CefApp;
import org.cef.CefClient;

/**
 * Calls {@link CefApp#dispose()} without the deadlock JCEF has when a browser finishes closing at that moment.
 *
 * <p>JCEF takes two locks in opposite orders. {@code CefApp.dispose()} holds the app's monitor, marks each client
 * disposed and then takes the client's browser table. When a browser finishes closing, CEF's UI thread holds that
 * table ({@code CefClient.cleanupBrowser}) and, if the client was marked disposed and this was its last browser,
 * takes the app's monitor ({@code CefApp.clientWasDisposed}). If the last browser of a client finishes closing just
 * after {@code dispose()} marked the client, each thread waits for the other for good, and the JVM never exits: a
 * window closed right before quitting, as {@code shell doctor --live} does, hit it (jstack: "Found one Java-level
 * deadlock", {@code main} in {@code CefApp.dispose}, CEF's UI thread in {@code CefClient.onBeforeClose}).
 *
 * <p>So the browser tables are taken first, in the UI thread's order (table, then app): a browser that finishes
 * closing meanwhile waits at its table until {@code dispose()} is done, and then finds the app's monitor free.
 * Holding the tables only delays CEF's UI thread at that one point; {@code dispose()} itself only asks browsers to
 * close and never waits for CEF.
 *
 * <p>Only for a quit ({@link CefRuntime#shutdown}), not from a shutdown hook: jcefmaven's own hook calls
 * {@code dispose()} in JCEF's order (monitor, then tables), so the two would deadlock there. A {@code System.exit}
 * within the microseconds a quit spends in here could still meet that hook; before, it could meet the UI thread's
 * deadlock instead, for as long as any browser was closing.
 */
final class AppDisposal {
    private static final Logger LOG = Logger.getLogger(AppDisposal.class.getName());

    private AppDisposal() {
    }

    static void dispose(CefApp app) {
        List<CefClient> clients;
        try {
            clients = JcefTables.clients(app);
            for (CefClient c : clients) {
                JcefTables.browsers(c); // all readable, or none is taken
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "JCEF's tables are not where expected; disposing as JCEF does", e);
            app.dispose();
            return;
        }
        disposeHolding(clients, 0, app);
    }

    /** Holds the browser tables of {@code clients[from..]}, then disposes. Recursive: one monitor per level. */
    private static void disposeHolding(List<CefClient> clients, int from, CefApp app) {
        if (from == clients.size()) {
            app.dispose();
            return;
        }
        Map<?, ?> table;
        try {
            table = JcefTables.browsers(clients.get(from));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e); // read once already in dispose()
        }
        synchronized (table) {
            disposeHolding(clients, from + 1, app);
        }
    }
}
