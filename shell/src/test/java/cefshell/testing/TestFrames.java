package cefshell.testing;

import java.awt.Color;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import cefshell.BrowserPanel;
import cefshell.Shell;

/**
 * What one Swing test opens: panels and frames, disposed (and awaited) when the test ends, plus the real-input helpers
 * (java.awt.Robot on the test's private Xvfb) that such tests need.
 */
public final class TestFrames {
    private final Shell shell;
    private final TestWindows windows;
    private final List<JFrame> frames = new ArrayList<>();
    private final List<BrowserPanel> panels = new ArrayList<>();
    private final Robot robot;

    TestFrames(Shell shell, TestWindows windows) {
        this.shell = shell;
        this.windows = windows;
        try {
            this.robot = new Robot();
        } catch (java.awt.AWTException e) {
            throw new IllegalStateException(e);
        }
        robot.setAutoDelay(10);
    }

    public Shell shell() {
        return shell;
    }

    /** Serves {@code index.html} under a fresh host and returns its URL. */
    public String serveIndex(String indexHtml) {
        return windows.serve(Map.of("index.html", indexHtml)) + "/index.html";
    }

    /** A panel made by {@code make} (on this thread), disposed after the test. */
    public BrowserPanel track(BrowserPanel p) {
        synchronized (panels) {
            panels.add(p);
        }
        return p;
    }

    /** A panel on {@code html} (created on this thread), waited for until its page has loaded. */
    public BrowserPanel loadedPanel(String html) {
        String url = serveIndex(html);
        return awaitLoaded(track(new BrowserPanel(shell, url)), url);
    }

    /** Waits until the panel's main frame shows {@code url} and has loaded it. */
    public static BrowserPanel awaitLoaded(BrowserPanel p, String url) {
        CountDownLatch loaded = new CountDownLatch(1);
        p.webContents().onDidFinishLoad(() -> {
            if (url.equals(p.webContents().getURL())) {
                loaded.countDown();
            }
        });
        Awaits.until("page " + url + " loaded", 20, TimeUnit.SECONDS,
                () -> loaded.getCount() == 0 || isLoaded(p, url));
        return p;
    }

    private static boolean isLoaded(BrowserPanel p, String url) {
        try {
            return url.equals(p.webContents().getURL())
                    && "complete".equals(p.webContents().executeJavaScript("document.readyState").get(2, TimeUnit.SECONDS));
        } catch (Exception e) {
            return false;
        }
    }

    /** Builds a frame on the EDT, shows it at {@code (x, y)} and waits until it is on screen. */
    public JFrame frame(int x, int y, Consumer<JFrame> build) {
        JFrame[] f = new JFrame[1];
        onEdt(() -> {
            f[0] = new JFrame("test");
            f[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            build.accept(f[0]);
            f[0].setLocation(x, y);
            f[0].setVisible(true);
        });
        synchronized (frames) {
            frames.add(f[0]);
        }
        Awaits.until("frame shown", 10, TimeUnit.SECONDS, () -> onEdtGet(f[0]::isShowing));
        robot.waitForIdle();
        return f[0];
    }

    /** Runs {@code r} on the EDT and waits for it. */
    public static void onEdt(Runnable r) {
        try {
            if (SwingUtilities.isEventDispatchThread()) {
                r.run();
            } else {
                SwingUtilities.invokeAndWait(r);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T onEdtGet(Supplier<T> s) {
        Object[] out = new Object[1];
        onEdt(() -> out[0] = s.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    /** Runs JavaScript in the panel's page and returns its (awaited) result. */
    public static Object eval(BrowserPanel p, String code) {
        try {
            return p.webContents().executeJavaScript(code).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("executeJavaScript(" + code + ") failed: " + e, e);
        }
    }

    /** The component's bounds on screen. */
    public static Rectangle screenBounds(Component c) {
        return onEdtGet(() -> new Rectangle(c.getLocationOnScreen(), c.getSize()));
    }

    /** What the screen shows in the component's bounds now (a real screenshot of the X display). */
    public BufferedImage screenshot(Component c) {
        robot.waitForIdle();
        return robot.createScreenCapture(screenBounds(c));
    }

    /** Waits until the screen shows {@code color} at {@code (x, y)} of {@code c}. */
    public void awaitScreenColor(Component c, int x, int y, Color color) {
        Awaits.until("color " + color + " at " + x + "," + y + " of " + c.getClass().getSimpleName(), 10, TimeUnit.SECONDS,
                () -> {
                    Rectangle r = screenBounds(c);
                    return robot.getPixelColor(r.x + x, r.y + y).equals(color);
                });
    }

    public Color screenColorAt(Component c, int x, int y) {
        Rectangle r = screenBounds(c);
        return robot.getPixelColor(r.x + x, r.y + y);
    }

    /** A real mouse click at {@code (x, y)} of {@code c}. */
    public void click(Component c, int x, int y) {
        Point p = screenBounds(c).getLocation();
        robot.mouseMove(p.x + x, p.y + y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** Real key presses for lower-case letters, digits and spaces. */
    public void type(String text) {
        for (char ch : text.toCharArray()) {
            int key = KeyEvent.getExtendedKeyCodeForChar(ch);
            robot.keyPress(key);
            robot.keyRelease(key);
        }
        robot.waitForIdle();
    }

    /** jcef_helper renderer processes of this JVM now (read from /proc: Chromium rewrites what Java sees). */
    public static long rendererProcesses() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(p -> {
                    try {
                        return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/" + p.pid() + "/cmdline")),
                                java.nio.charset.StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        return ""; // exited meanwhile
                    }
                })
                .filter(cmd -> cmd.contains("jcef_helper") && cmd.contains("--type=renderer"))
                .count();
    }

    void closeAll() {
        List<JFrame> fs;
        synchronized (frames) {
            fs = new ArrayList<>(frames);
            frames.clear();
        }
        onEdt(() -> fs.forEach(JFrame::dispose));
        List<BrowserPanel> ps;
        synchronized (panels) {
            ps = new ArrayList<>(panels);
            panels.clear();
        }
        ps.forEach(BrowserPanel::dispose);
        for (BrowserPanel p : ps) {
            try {
                Awaits.until("panel disposed", 10, TimeUnit.SECONDS, p::isDisposed);
            } catch (AssertionError e) {
                System.err.println(e.getMessage());
            }
        }
    }
}
