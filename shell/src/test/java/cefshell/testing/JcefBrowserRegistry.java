package cefshell.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cef.CefApp;
import org.cef.CefClient;

/**
 * The native browsers JCEF's clients still count: CEF's shutdown waits until every one has closed. One Java browser
 * that JCEF made two native browsers for is closed once, and the other stays here forever. Read from JCEF's private
 * fields (tests only).
 */
public final class JcefBrowserRegistry {
    private JcefBrowserRegistry() {
    }

    /**
     * "id → url" for each registered native browser whose URL (the one its Java browser was made with) starts so,
     * marked when its Java browser is closed.
     */
    public static List<String> registered(String urlPrefix) {
        List<String> out = new ArrayList<>();
        try {
            Class<?> browserClass = Class.forName("org.cef.browser.CefBrowser_N");
            for (Object client : new ArrayList<>((Collection<?>) read(CefApp.class, "clients_", CefApp.getInstance()))) {
                Map<?, ?> browsers = (Map<?, ?>) read(CefClient.class, "browser_", client);
                synchronized (browsers) {
                    for (Map.Entry<?, ?> e : browsers.entrySet()) {
                        String url = String.valueOf(read(browserClass, "url_", e.getValue()));
                        boolean closed = (boolean) read(browserClass, "isClosed_", e.getValue());
                        if (url.startsWith(urlPrefix)) {
                            out.add(e.getKey() + " → " + url + (closed ? " (closed in Java)" : ""));
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this JCEF lacks the fields read here", e);
        }
        return out;
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
