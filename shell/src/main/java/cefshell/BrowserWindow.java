package cefshell;

import java.awt.Frame;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import cefshell.internal.browser.CefShutdown;
import cefshell.internal.browser.Listeners;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WindowFocus;
import cefshell.internal.ui.SwingMenus;

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
 * then {@code closed} fires (on the shell's event thread) and the shell forgets the window. The user's close button
 * and {@link #close()} fire {@code close} first, whose listeners may cancel it; {@link #destroy()} does not.
 *
 * <p>Window events ({@code focus}, {@code blur}, {@code resize}, {@code move}, {@code close}, {@code closed}) run on
 * the shell's event thread, in order. Every method may be called from any thread; the state getters answer from the
 * Swing frame's state at the time of the call.
 */
public final class BrowserWindow {
    private final JFrame frame;
    private final BrowserPanel panel;
    private final Listeners<Void> closed = new Listeners<>();
    private final Listeners<Void> readyToShow = new Listeners<>();
    private final AtomicBoolean readyFired = new AtomicBoolean();
    private final CloseListeners closing = new CloseListeners();
    private final Listeners<Void> focusEvents = new Listeners<>();
    private final Listeners<Void> blurEvents = new Listeners<>();
    private final Listeners<Void> resizeEvents = new Listeners<>();
    private final Listeners<Void> moveEvents = new Listeners<>();
    private WindowFocus focus; // made on the EDT in the constructor
    private Rectangle boundsBeforeFullScreen; // EDT
    private volatile boolean shown;
    private volatile Menu menu; // its menu bar's, or null

    /** A window showing {@code about:blank} until {@link #loadURL}. */
    public BrowserWindow(Shell shell, BrowserWindowOptions options) {
        this(shell, options, "about:blank");
    }

    public BrowserWindow(Shell shell, BrowserWindowOptions options, String url) {
        this.panel = new BrowserPanel(shell, url, options.webPreferences(), options.show());
        JFrame[] f = new JFrame[1];
        Swing.onEdt(() -> {
            f[0] = new JFrame(options.title() == null ? "" : options.title());
            f[0].setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            f[0].addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosing(WindowEvent e) {
                    close(); // asks the close listeners
                }
            });
            f[0].getContentPane().add(panel);
            f[0].setSize(options.width(), options.height());
            f[0].setLocationByPlatform(true);
            f[0].addComponentListener(new ComponentAdapter() {
                @Override
                public void componentResized(ComponentEvent e) {
                    resizeEvents.fire(null);
                }

                @Override
                public void componentMoved(ComponentEvent e) {
                    moveEvents.fire(null);
                }
            });
            focus = new WindowFocus(f[0], panel.host(), () -> focusEvents.fire(null), () -> blurEvents.fire(null));
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
            if (CefShutdown.inProgress()) {
                // CEF is closing every browser: the window may still hold <webview> guests that are closing, and a
                // windowed browser whose native parent goes first stalls CEF's shutdown. Disposed once CEF is down.
                shell.disposeAfterShutdown(frame);
            } else {
                Swing.onEdt(frame::dispose);
            }
            shell.windowClosed(this);
            closed.fire(null);
        });
        shell.windowOpened(this);
        panel.host().keys().setListener((key, modifiers) -> Menu.accelerate(menu, this, key, modifiers));
        if (Menu.getApplicationMenu() != null) {
            setMenu(Menu.getApplicationMenu());
        }
        if (options.show()) {
            // Shown without waiting: realising the frame takes tens of ms on the EDT, and waiting for it held up the
            // caller's loadURL, the usual next line, which the page's creation then takes (BrowserHost
            // .createWindowedNow). Anything the caller does to the frame next goes through the EDT too, so it comes
            // after the show.
            shown = true;
            Swing.later(() -> frame.setVisible(true));
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

    /**
     * Asks the window to close, as its close button does: {@code close} listeners run first (on the event thread)
     * and may cancel; otherwise the window closes and {@code closed} fires when it is gone. Asynchronous.
     */
    public void close() {
        askToClose().thenAccept(goes -> {
            if (goes) {
                destroy();
            }
        });
    }

    /** Runs the {@code close} listeners: true when none kept the window open (the app's quit asks this way too). */
    java.util.concurrent.CompletableFuture<Boolean> askToClose() {
        return closing.ask();
    }

    /** Closes the window without asking the {@code close} listeners (Electron's {@code destroy}); asynchronous. */
    public void destroy() {
        panel.dispose();
    }

    /**
     * Electron's {@code 'close'}: the window is about to close (its close button, {@link #close()});
     * {@link CloseEvent#preventDefault()} keeps it open. {@link Shell#quit()} fires it too, and a listener that
     * prevents it cancels the quit. Not fired by {@link #destroy()} or the page's {@code window.close()}.
     */
    public void onClose(Consumer<CloseEvent> listener) {
        closing.add(listener);
    }

    /** The {@code close} event: {@link #preventDefault()} cancels the close. */
    public static final class CloseEvent {
        private volatile boolean prevented;

        CloseEvent() {
        }

        public void preventDefault() {
            prevented = true;
        }

        public boolean isDefaultPrevented() {
            return prevented;
        }
    }

    /** The window that has the keyboard focus (its page included), or null when none of the shell's has it. */
    public static BrowserWindow getFocusedWindow() {
        for (BrowserWindow w : Shell.current().windows()) {
            if (w.isFocused()) {
                return w;
            }
        }
        return null;
    }

    /** Brings the window to the front and gives it the keyboard focus. */
    public void focus() {
        Swing.later(() -> {
            if (frame.getExtendedState() == Frame.ICONIFIED) {
                frame.setExtendedState(Frame.NORMAL);
            }
            frame.toFront();
            frame.requestFocus();
        });
    }

    /** Whether the window, or its page, has the keyboard focus. */
    public boolean isFocused() {
        return focus.isFocused();
    }

    /** Iconifies the window (needs a window manager, as on any desktop). */
    public void minimize() {
        Swing.later(() -> frame.setExtendedState(frame.getExtendedState() | Frame.ICONIFIED));
    }

    public boolean isMinimized() {
        return (frame.getExtendedState() & Frame.ICONIFIED) != 0;
    }

    /** Maximizes the window (needs a window manager, as on any desktop). */
    public void maximize() {
        Swing.later(() -> frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH));
    }

    public void unmaximize() {
        Swing.later(() -> frame.setExtendedState(frame.getExtendedState() & ~Frame.MAXIMIZED_BOTH));
    }

    public boolean isMaximized() {
        return (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
    }

    /** Undoes {@link #minimize()} and {@link #maximize()}. */
    public void restore() {
        Swing.later(() -> frame.setExtendedState(Frame.NORMAL));
    }

    /**
     * Makes the window cover its screen, or gives it its former bounds back. Uses the screen's full-screen mode where
     * the platform has one, else covers the screen's bounds.
     */
    public void setFullScreen(boolean fullScreen) {
        Swing.onEdt(() -> {
            GraphicsDevice screen = frame.getGraphicsConfiguration().getDevice();
            if (fullScreen == (screen.getFullScreenWindow() == frame)) {
                return;
            }
            if (fullScreen) {
                boundsBeforeFullScreen = frame.getBounds();
                screen.setFullScreenWindow(frame);
            } else {
                screen.setFullScreenWindow(null);
                if (boundsBeforeFullScreen != null) {
                    frame.setBounds(boundsBeforeFullScreen);
                }
            }
        });
    }

    public boolean isFullScreen() {
        return frame.getGraphicsConfiguration().getDevice().getFullScreenWindow() == frame;
    }

    /** Moves and sizes the window, in screen pixels (its outer bounds, as {@link #getBounds()} returns them). */
    public void setBounds(Rectangle bounds) {
        Rectangle b = new Rectangle(Objects.requireNonNull(bounds, "bounds == null"));
        if (b.width <= 0 || b.height <= 0) {
            throw new IllegalArgumentException("size must be positive: " + b.width + "x" + b.height);
        }
        Swing.onEdt(() -> frame.setBounds(b));
    }

    /** The window's position and size on the screen. */
    public Rectangle getBounds() {
        Rectangle[] b = new Rectangle[1];
        Swing.onEdt(() -> b[0] = frame.getBounds());
        return b[0];
    }

    /** Keeps the window above other windows, or stops doing so. */
    public void setAlwaysOnTop(boolean onTop) {
        Swing.onEdt(() -> frame.setAlwaysOnTop(onTop));
    }

    public boolean isAlwaysOnTop() {
        return frame.isAlwaysOnTop();
    }

    /** Electron's {@code 'focus'}: the window (or its page) got the keyboard focus. */
    public void onFocus(Runnable listener) {
        focusEvents.add(v -> listener.run());
    }

    /** Electron's {@code 'blur'}: the window lost the keyboard focus to another window. */
    public void onBlur(Runnable listener) {
        blurEvents.add(v -> listener.run());
    }

    /** Electron's {@code 'resize'}: after each change of the window's size. */
    public void onResize(Runnable listener) {
        resizeEvents.add(v -> listener.run());
    }

    /** Electron's {@code 'move'}: after each change of the window's position. */
    public void onMove(Runnable listener) {
        moveEvents.add(v -> listener.run());
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

    // ---- the menu bar (Electron's win.setMenu / removeMenu) ----

    /**
     * Shows {@code menu} as this window's menu bar, in place of the application menu; null removes the menu bar.
     * Its accelerators work while the page has the keyboard too (see {@link Menu}).
     */
    public void setMenu(Menu menu) {
        this.menu = menu;
        if (menu != null) {
            menu.menuWillShow();
        }
        Swing.onEdt(() -> SwingMenus.setMenuBar(frame, menu == null ? null : SwingMenus.menuBar(menu, this)));
    }

    /** Removes the window's menu bar (Electron's {@code removeMenu}). */
    public void removeMenu() {
        setMenu(null);
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
