package cefshell;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import cefshell.internal.browser.Listeners;
import cefshell.internal.browser.Swing;

/**
 * A top-level window showing a web page: a {@link JFrame} around a {@link BrowserPanel}, as Electron's
 * {@code BrowserWindow}.
 *
 * <pre>{@code
 * BrowserWindow win = new BrowserWindow(shell, BrowserWindowOptions.builder().title("Hello").build());
 * win.onClosed(() -> System.out.println("bye"));
 * win.loadURL("app://hello/index.html");
 * }</pre>
 *
 * <p>The window closes when the user closes it, when the page calls {@code window.close()}, or on {@link #close()};
 * then {@code closed} fires (on the shell's event thread) and the shell forgets the window. May be used from any thread.
 */
public final class BrowserWindow {
    private final JFrame frame;
    private final BrowserPanel panel;
    private final Listeners<Void> closed = new Listeners<>();
    private final Listeners<Void> readyToShow = new Listeners<>();
    private final AtomicBoolean readyFired = new AtomicBoolean();
    private volatile boolean shown;

    /** A window showing {@code about:blank} until {@link #loadURL}. */
    public BrowserWindow(Shell shell, BrowserWindowOptions options) {
        this(shell, options, "about:blank");
    }

    public BrowserWindow(Shell shell, BrowserWindowOptions options, String url) {
        this.panel = new BrowserPanel(shell, url, options.webPreferences());
        JFrame[] f = new JFrame[1];
        Swing.onEdt(() -> {
            f[0] = new JFrame(options.title() == null ? "" : options.title());
            f[0].setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            f[0].addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosing(WindowEvent e) {
                    close();
                }
            });
            f[0].getContentPane().add(panel);
            f[0].setSize(options.width(), options.height());
            f[0].setLocationByPlatform(true);
        });
        this.frame = f[0];
        if (options.title() == null) {
            panel.host().onTitleChange(t -> Swing.onEdt(() -> frame.setTitle(t)));
        }
        panel.host().onMainFrameLoaded(loadedUrl -> {
            if (readyFired.compareAndSet(false, true)) {
                readyToShow.fire(null);
            }
        });
        panel.host().onClosed(() -> {
            Swing.onEdt(frame::dispose);
            shell.windowClosed(this);
            closed.fire(null);
        });
        shell.windowOpened(this);
        if (options.show()) {
            show();
        }
        // a hidden window's page loads all the same: the panel parks its browser until it is displayed
    }

    public WebContents webContents() {
        return panel.webContents();
    }

    /** Every open window of the running shell (Electron's {@code BrowserWindow.getAllWindows()}). */
    public static List<BrowserWindow> getAllWindows() {
        return List.copyOf(Shell.current().windows());
    }

    /**
     * The window showing {@code webContents}, e.g. {@code event.sender()} in an IPC handler; null when that page is
     * not a window's (a {@link BrowserPanel}'s) or its window is closed.
     */
    public static BrowserWindow fromWebContents(WebContents webContents) {
        if (webContents == null) {
            return null;
        }
        for (BrowserWindow w : Shell.current().windows()) {
            if (w.webContents().id() == webContents.id()) {
                return w;
            }
        }
        return null;
    }

    public void loadURL(String url) {
        webContents().loadURL(url);
    }

    public void show() {
        Swing.onEdt(() -> {
            frame.setVisible(true);
            shown = true;
        });
    }

    public void hide() {
        Swing.onEdt(() -> {
            frame.setVisible(false);
            shown = false;
        });
    }

    /** True between {@link #show()} (or creation with {@code show(true)}) and {@link #hide()}. */
    public boolean isVisible() {
        return shown;
    }

    public void setTitle(String title) {
        Swing.onEdt(() -> frame.setTitle(title));
    }

    public String getTitle() {
        return frame.getTitle();
    }

    /** Closes the window (asynchronously); {@code closed} fires when it is gone. */
    public void close() {
        panel.dispose();
    }

    public boolean isDestroyed() {
        return webContents().isDestroyed();
    }

    /** Once, after the window and its page are gone. */
    public void onClosed(Runnable listener) {
        closed.add(v -> listener.run());
    }

    /** Once, when the page has loaded for the first time (show a window created with {@code show(false)} here). */
    public void onReadyToShow(Runnable listener) {
        readyToShow.add(v -> listener.run());
    }

    /** The Swing frame, for menus and other Swing integration. Touch it on the EDT only. */
    public JFrame frame() {
        return frame;
    }

    @Override
    public String toString() {
        return "BrowserWindow[" + webContents().id() + "]";
    }
}
