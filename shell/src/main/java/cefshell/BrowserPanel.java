package cefshell;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import cefshell.internal.browser.BrowserHost;
import cefshell.internal.browser.FocusBridge;
import cefshell.internal.browser.NativeWindowMoves;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.browser.WindowFollower;
import cefshell.internal.browser.WindowedCreation;

/**
 * A Swing component showing a web page, with its own {@link WebContents}: put it in any layout, next to your own
 * components. Its page talks to Java through {@code ipcRenderer} like any cefshell page: handlers on
 * {@code webContents().ipc()} hear only this panel, {@link Shell#ipcMain()} hears every page.
 *
 * <pre>{@code
 * Shell shell = Shell.start();                       // first thing in main(), before any Swing
 * BrowserPanel panel = BrowserPanel.forApp(shell, Path.of("ui"));  // serves ui/, shows ui/index.html
 * panel.webContents().ipc().handle("save", (event, args) -> save(args.get(0, String.class)));
 * SwingUtilities.invokeLater(() -> frame.add(panel, BorderLayout.CENTER));
 * }</pre>
 *
 * <p><b>Threads.</b> Create and drive a panel from any thread, the EDT included. The page loads at once, whether or
 * not the panel is shown yet. Listeners and IPC handlers never run on the EDT (see {@link WebContents} and
 * {@link IpcMain}): to touch Swing from them use {@code SwingUtilities.invokeLater}, or {@code invokeAndWait}, which is
 * safe there. Waiting for a page result ({@code executeJavaScript(...).get()}, {@link #capturePage()}) is allowed on
 * the EDT: events keep being dispatched meanwhile.
 *
 * <p><b>Lifetime.</b> Moving the panel to another container or window, hiding it and showing it again keep its page.
 * The page is closed by {@link #dispose()}, by the page calling {@code window.close()}, by {@link Shell#quit()}, and
 * when the last window the panel was in is disposed (its {@code windowClosed}: {@code DISPOSE_ON_CLOSE},
 * {@code EXIT_ON_CLOSE}, {@code Window.dispose()}) while the panel is still in it or in no window at all; a window
 * that is only hidden ({@code HIDE_ON_CLOSE}) keeps it. Removing a panel from its container does not close it, since
 * a removal cannot be told from the first half of a move: call {@link #dispose()} when you drop a panel for good,
 * or let its window's disposal do it. {@link #setDisposeWithWindow setDisposeWithWindow(false)} keeps a panel
 * across window disposals (e.g. one reused by short-lived dialogs); then only {@code dispose()} closes it.
 *
 * <p><b>Rendering.</b> By default a panel's page is a native child window of its frame: fast and fully featured,
 * but always on top of lightweight components that overlap it. In a shell started with
 * {@link ShellOptions.Builder#offscreen(boolean) offscreen(true)} every panel is a lightweight component painting the
 * page's frames itself: it can overlap and be overlapped, show a transparent page over other components
 * ({@link WebPreferences.Builder#transparent(boolean)}), and render and be captured without ever being shown
 * ({@code panel.setSize(800, 600); panel.capturePage()}).
 *
 * <p><b>Keyboard (windowed, Linux).</b> Clicking the page gives it the keyboard; clicking a focusable Swing component
 * of the same window, or {@code requestFocus} on one while the Swing focus is in the page, takes it back. While the
 * page has the keyboard, the keys go to Chromium's window; those the page does not handle (no {@code preventDefault})
 * that are chords with Ctrl, Alt or Meta, or function keys, are then given to the window's Swing key bindings, so the
 * accelerators of its {@code JMenuBar} fire.
 */
public class BrowserPanel extends JComponent {
    private static final Dimension DEFAULT_SIZE = new Dimension(640, 480);

    private final transient BrowserHost host;
    private final transient WebContentsImpl webContents;
    /** Made for a window shown at once: its page is made here, in place (see the constructor). */
    private final boolean shownAtOnce;
    private transient WindowFollower windowFollower; // EDT only
    private volatile boolean disposeWithWindow = true;

    /** A panel showing {@code url}. */
    public BrowserPanel(Shell shell, String url) {
        this(shell, url, WebPreferences.defaults());
    }

    /**
     * A panel showing {@code url}, with a preload script and trusted origins from {@code prefs}. The origin of
     * {@code url} (and of every URL later given to {@code loadURL}) may use IPC.
     */
    public BrowserPanel(Shell shell, String url, WebPreferences prefs) {
        this(newPage(shell, url, prefs), false);
    }

    /** For a window that shows this panel at once: {@code shownAtOnce} skips the parking window (see below). */
    BrowserPanel(Shell shell, String url, WebPreferences prefs, boolean shownAtOnce) {
        this(newPage(shell, url, prefs), shownAtOnce);
    }

    private static WebContentsImpl newPage(Shell shell, String url, WebPreferences prefs) {
        Objects.requireNonNull(shell, "shell == null");
        Objects.requireNonNull(url, "url == null");
        Objects.requireNonNull(prefs, "prefs == null");
        return shell.createPage(url, prefs);
    }

    /** A panel showing a page made elsewhere (a {@code <webview>}'s guest). */
    BrowserPanel(WebContentsImpl page) {
        this(page, false);
    }

    /**
     * @param shownAtOnce the panel is about to be shown (a window shown on creation): the page's component goes
     *        straight in here and its browser is made here once displayable, with no stay in the parking window.
     *        Otherwise it is parked, so that the page loads whether or not the panel is ever shown.
     */
    private BrowserPanel(WebContentsImpl page, boolean shownAtOnce) {
        this.shownAtOnce = shownAtOnce;
        this.webContents = page;
        this.host = webContents.host();
        host.onClosed(() -> SwingUtilities.invokeLater(this::closed));
        Swing.onEdt(() -> {
            setLayout(new BorderLayout());
            Component c = host.uiComponent();
            if (host.isOffscreen()) {
                add(c, BorderLayout.CENTER);
            } else {
                if (shownAtOnce) {
                    add(c, BorderLayout.CENTER); // made in addNotify, when the window shows
                } else {
                    WindowedCreation.park(c); // moves in here in addNotify; the page loads meanwhile
                }
                FocusBridge.install(host);
            }
            windowFollower = new WindowFollower(this, () -> {
                if (disposeWithWindow) {
                    dispose();
                }
            });
        });
    }

    /**
     * A panel showing an app folder: the folder is served as {@code app://<name>} (the folder's name, made a legal
     * host; "-2", "-3"... added if another folder has it) and its {@code index.html} is shown.
     *
     * @throws IllegalArgumentException when {@code appFolder} is not a folder
     */
    public static BrowserPanel forApp(Shell shell, Path appFolder) {
        return forApp(shell, appFolder, WebPreferences.defaults());
    }

    /** {@link #forApp(Shell, Path)} with a preload script and trusted origins. */
    public static BrowserPanel forApp(Shell shell, Path appFolder, WebPreferences prefs) {
        Objects.requireNonNull(shell, "shell == null");
        Objects.requireNonNull(appFolder, "appFolder == null");
        return new BrowserPanel(shell, shell.serveFolder(appFolder) + "/index.html", prefs);
    }

    /** The page shown: IPC ({@code ipc()}, {@code send}), navigation, {@code executeJavaScript}. */
    public WebContents webContents() {
        return webContents;
    }

    /**
     * An image of what the panel shows now (the page's viewport, in device pixels); see
     * {@link WebContents#capturePage()}. Works while the panel is covered by other windows.
     */
    public CompletableFuture<BufferedImage> capturePage() {
        return webContents.capturePage();
    }

    /**
     * Closes the page and frees its browser and renderer process; asynchronous, see {@link WebContents#onDestroyed}.
     * The panel then shows nothing; it stays where it is in its container. Calling it again does nothing.
     */
    public void dispose() {
        host.close();
    }

    /** True once the page is closed (after {@link #dispose()} completes, or for any other reason). */
    public boolean isDisposed() {
        return webContents.isDestroyed();
    }

    /**
     * Whether the page is closed when the last window the panel was in is disposed (default true); see the class
     * comment.
     */
    public void setDisposeWithWindow(boolean disposeWithWindow) {
        this.disposeWithWindow = disposeWithWindow;
    }

    public boolean isDisposeWithWindow() {
        return disposeWithWindow;
    }

    /** 640 x 480 unless set: a browser has no natural size. */
    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize() : new Dimension(DEFAULT_SIZE);
    }

    /**
     * Also lays the page out at once while the panel is in no window, so that an off-screen page can be rendered at a
     * size and captured without ever being shown: {@code panel.setSize(800, 600); panel.capturePage()}.
     */
    @Override
    @SuppressWarnings("deprecation")
    public void reshape(int x, int y, int width, int height) {
        super.reshape(x, y, width, height);
        if (!isDisplayable()) {
            doLayout();
        }
    }

    /** Gives the keyboard focus to the page. */
    @Override
    public void requestFocus() {
        Component c = host.uiComponent();
        if (c.getParent() == this) {
            c.requestFocus();
        }
    }

    /** Gives the keyboard focus to the page, if this window has the focus. */
    @Override
    public boolean requestFocusInWindow() {
        Component c = host.uiComponent();
        return c.getParent() == this && c.requestFocusInWindow();
    }

    /**
     * Takes the browser's component out of its parking window the first time this panel becomes displayable; if CEF
     * is making the page's native window in the parking window's canvas right then, once it has made it.
     */
    @Override
    public void addNotify() {
        Component c = host.uiComponent();
        if (WindowedCreation.isParked(c)) {
            if (host.isBeingMade()) {
                // moving now would destroy the canvas CEF is making the window in: that page never closes, and the
                // app's exit waits for it (measured with eight <webview>s at once)
                unparkOnceMade(c);
            } else {
                unpark(c);
            }
        }
        boolean moving = c.getParent() == this;
        if (moving) {
            NativeWindowMoves.beforeAddition(host);
        }
        super.addNotify();
        if (moving) {
            NativeWindowMoves.afterAddition(host); // into this panel's canvas
        }
        if (shownAtOnce && !host.isOffscreen() && c.getParent() == this && !host.isCreated()) {
            // made here, where it stays, and now rather than from JCEF's 100 ms timer (see createWindowedNow);
            // after this event, once the component has its place and size. Only for a page that was never parked:
            // a parked page (hidden window, <webview> guest) is made by JCEF's timer (marked asked for after each of
            // its asks: CefshellWindowedCreation.markTimerAsks), and an ask from here could come while that one is
            // still pending and make a second browser
            SwingUtilities.invokeLater(() -> {
                if (c.getParent() == this && c.isDisplayable()) {
                    host.createWindowedNow();
                }
            });
        }
    }

    private void unpark(Component c) {
        if (c.isDisplayable()) {
            NativeWindowMoves.beforeRemoval(host); // out of the parking window's canvas
        }
        WindowedCreation.unpark(c);
        NativeWindowMoves.beforeAddition(host); // c's addNotify (here or in super.addNotify) must not move it
        add(c, BorderLayout.CENTER);
    }

    /** Moves {@code c} in here once CEF has made the page's native browser, if this panel is still displayable. */
    private void unparkOnceMade(Component c) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable move = () -> {
            if (isDisplayable() && WindowedCreation.isParked(c) && !host.isClosing()) {
                unpark(c); // this panel is displayable: c gets its peer here at once
                NativeWindowMoves.afterAddition(host);
                revalidate();
                repaint();
            }
        };
        host.onCreatedSync(b -> {
            if (!done.getAndSet(true)) {
                SwingUtilities.invokeLater(move);
            }
        });
        if (host.isCreated() && !done.getAndSet(true)) { // made before the listener was in place
            SwingUtilities.invokeLater(move);
        }
    }

    @Override
    public void removeNotify() {
        Component c = host.uiComponent();
        if (c.getParent() == this && c.isDisplayable()) {
            NativeWindowMoves.beforeRemoval(host); // out of this panel's canvas, which goes with the peer
        }
        super.removeNotify();
    }

    BrowserHost host() {
        return host;
    }

    /** On the EDT once the page is gone: show nothing, hold on to no window. */
    private void closed() {
        Component c = host.uiComponent();
        // the browser is closed (and after quit CEF may be gone): its component must no longer call into it
        cefshell.internal.browser.Swing.detachBrowserComponents(c);
        WindowedCreation.unpark(c);
        if (c.getParent() == this) {
            remove(c);
            revalidate();
            repaint();
        }
        if (windowFollower != null) {
            windowFollower.stop();
        }
    }
}
