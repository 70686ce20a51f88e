package cefshell.internal.runtime;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cef.CefApp;
import org.cef.CefClient;

/**
 * JCEF's private tables of clients and browsers, read without calling into CEF. JCEF offers no public way to list
 * them, and two jobs need them: naming what holds up a shutdown ({@link UnclosedBrowsers}), and taking each client's
 * browser-table lock in the order CEF's UI thread takes it ({@link AppDisposal}).
 */
final class JcefTables {
    private JcefTables() {
    }

    /** The clients {@code app} has not seen disposed yet (a copy). */
    static List<CefClient> clients(CefApp app) throws ReflectiveOperationException {
        List<CefClient> out = new ArrayList<>();
        for (Object c : new ArrayList<>((Collection<?>) read(CefApp.class, "clients_", app))) {
            out.add((CefClient) c);
        }
        return out;
    }

    /**
     * The client's browsers by identifier. JCEF changes it only while holding its monitor, from CEF's UI thread when a
     * browser closes, and from whoever disposes the client.
     */
    static Map<?, ?> browsers(CefClient client) throws ReflectiveOperationException {
        return (Map<?, ?>) read(CefClient.class, "browser_", client);
    }

    static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
