package cefshell.internal.ipc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cef.browser.CefBrowser;

/** Every live page, by its CEF browser (for transports) and by webContents id (for sendTo). */
public final class Pages {
    private final Map<CefBrowser, PageIpc> byBrowser = new ConcurrentHashMap<>();
    private final Map<Integer, PageIpc> byId = new ConcurrentHashMap<>();

    public void add(CefBrowser browser, int id, PageIpc page) {
        byBrowser.put(browser, page);
        byId.put(id, page);
    }

    public void remove(CefBrowser browser, int id) {
        byBrowser.remove(browser);
        byId.remove(id);
    }

    /** The page of a browser CEF hands us; JCEF passes the same Java object it created. */
    public PageIpc of(CefBrowser browser) {
        if (browser == null) {
            return null;
        }
        PageIpc p = byBrowser.get(browser);
        if (p != null) {
            return p;
        }
        int id = browser.getIdentifier();
        if (id <= 0) {
            return null;
        }
        for (Map.Entry<CefBrowser, PageIpc> e : byBrowser.entrySet()) { // a different wrapper of the same browser
            if (e.getKey().getIdentifier() == id) {
                return e.getValue();
            }
        }
        return null;
    }

    public PageIpc byId(int id) {
        return byId.get(id);
    }
}
