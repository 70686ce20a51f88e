package cefshell.internal.browser;

/**
 * A page's DevTools window. CEF 146 opens it as a Chrome-style window of its own, which no CEF callback reports
 * (measured: no life-span call for it on the page's client, and JCEF has no {@code hasDevTools}), so whether it is
 * open is what was last asked, as Electron answers at once after {@code openDevTools}/{@code closeDevTools}. A
 * DevTools window the user closes by hand still counts as open until {@code closeDevTools} or a new open.
 */
final class DevToolsWindow {
    private volatile boolean open;

    /** Opens the DevTools beside the page; before the page has loaded, once it has. Nothing if open. */
    void open(BrowserHost page) {
        if (open) {
            return;
        }
        open = true;
        page.whenIdle(() -> javax.swing.SwingUtilities.invokeLater(() -> { // JCEF builds Swing parts for it
            if (open && !page.isClosing()) {
                page.browser().openDevTools();
            }
        }));
    }

    void close(BrowserHost page) {
        open = false;
        if (page.isCreated() && !page.isClosing()) {
            page.browser().closeDevTools();
        }
    }

    boolean isOpen() {
        return open;
    }
}
