package cefshell;

import java.awt.BorderLayout;
import java.util.Objects;

import javax.swing.JComponent;

import cefshell.internal.browser.BrowserHost;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.browser.Swing;

/**
 * A Swing component showing a web page, with its own {@link WebContents}. Put it in any layout; {@link BrowserWindow}
 * is a JFrame around one of these.
 *
 * <pre>{@code
 * Shell shell = Shell.start();
 * BrowserPanel panel = new BrowserPanel(shell, "app://myapp/index.html");
 * frame.add(panel, BorderLayout.CENTER);
 * }</pre>
 *
 * <p>May be created on any thread. Close it with {@link #dispose()} when it is no longer needed.
 */
public class BrowserPanel extends JComponent {
    private final transient BrowserHost host;
    private final transient WebContentsImpl webContents;

    public BrowserPanel(Shell shell, String url) {
        this(shell, url, WebPreferences.defaults());
    }

    public BrowserPanel(Shell shell, String url, WebPreferences prefs) {
        Objects.requireNonNull(shell, "shell == null");
        Objects.requireNonNull(url, "url == null");
        Objects.requireNonNull(prefs, "prefs == null");
        this.webContents = shell.createPage(url, prefs);
        this.host = webContents.host();
        setLayout(new BorderLayout());
        Swing.onEdt(() -> add(host.uiComponent(), BorderLayout.CENTER));
    }

    public WebContents webContents() {
        return webContents;
    }

    /** Closes the page and frees its browser; asynchronous, see {@link WebContents#onDestroyed}. */
    public void dispose() {
        host.close();
    }

    BrowserHost host() {
        return host;
    }
}
