package cefshell;

import java.util.function.Consumer;

/**
 * The page shown by a {@link BrowserWindow} or {@link BrowserPanel}: Electron's {@code webContents}.
 *
 * <p>Listeners run on the shell's event thread ({@code cefshell-events}), never on the CEF UI thread or the EDT;
 * to touch Swing from them, use {@code SwingUtilities.invokeLater}. Methods may be called from any thread.
 */
public interface WebContents {
    /** A small number unique within this process. */
    int id();

    /** Navigates the main frame. */
    void loadURL(String url);

    /** The main frame's current URL. */
    String getURL();

    /** The document title, or "" before one is known. */
    String getTitle();

    void reload();

    /** True once the browser is closed; most methods then do nothing. */
    boolean isDestroyed();

    /** Every console message and uncaught error of this page (Electron's {@code 'console-message'}). */
    void onConsoleMessage(Consumer<ConsoleMessage> listener);

    /** Each time the main frame finishes loading (Electron's {@code 'did-finish-load'}). */
    void onDidFinishLoad(Runnable listener);

    /** Once, when the page is gone (Electron's {@code 'destroyed'}). */
    void onDestroyed(Runnable listener);
}
