package cefshell.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cef.CefApp;
import org.cef.CefClient;

/**
 * What still holds up CEF's shutdown, for the message printed when it does not finish: JCEF shuts CEF down only once
 * every client has seen each of its browsers close. Read from JCEF's private fields only, never by calling into CEF,
 * which is not answering then; an empty list if this JCEF lacks them. Tests use it too: a closed page must leave
 * nothing here.
 */
public final class UnclosedBrowsers {
    private UnclosedBrowsers() {
    }

    /** One line per browser JCEF still waits for: the URL it was made with, and how far it got. */
    public static List<String> of(CefApp app) {
        List<String> out = new ArrayList<>();
        try {
            Class<?> browserClass = Class.forName("org.cef.browser.CefBrowser_N");
            for (CefClient client : JcefTables.clients(app)) {
                Map<?, ?> browsers = JcefTables.browsers(client);
                List<Object> copy;
                synchronized (browsers) { // JCEF changes it under this lock, from CEF's UI thread
                    copy = new ArrayList<>(browsers.values());
                }
                for (Object browser : copy) {
                    boolean asked = (boolean) JcefTables.read(browserClass, "isPending_", browser);
                    boolean closing = (boolean) JcefTables.read(browserClass, "isClosing_", browser);
                    boolean closed = (boolean) JcefTables.read(browserClass, "isClosed_", browser);
                    out.add(JcefTables.read(browserClass, "url_", browser) + " ("
                            + (asked ? "made or asked for" : "never asked for") + ", "
                            + (closed ? "closed by Java" : closing ? "closing" : "not closed") + ")");
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JCEF: the message goes without the list
        }
        return out;
    }
}
