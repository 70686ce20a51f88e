package cefshell.apps.tutorials;

import java.awt.AWTException;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javax.swing.SwingUtilities;

import com.google.gson.Gson;

import cefshell.BrowserWindow;

/**
 * A user in front of an app's window: moves the mouse to the centre of a page element and clicks, types on the
 * keyboard, presses Ctrl shortcuts. Real X input events (java.awt.Robot on the test JVM's X display), so they reach
 * Chromium the way a person's do, focus changes included. {@link #read} evaluates an expression in the page, only to
 * check what the page shows.
 */
public final class PageUser {
    private static final Gson GSON = new Gson();
    private static final long TIMEOUT_SECONDS = 45;
    // A read of an isolated page is a DevTools call: milliseconds, seconds on a loaded machine. Not asked again: a
    // read that is not answered is a bug (JCEF's own DevTools client lost such answers; cefshell's keeps them).
    private static final long READ_SECONDS = 20;

    private final BrowserWindow window;
    private final Robot robot;

    public PageUser(BrowserWindow window) throws AWTException {
        this.window = window;
        this.robot = new Robot();
        robot.setAutoDelay(10);
        until("the page has loaded", () -> "complete".equals(read("document.readyState")));
        until("the window is on screen", () -> onEdt(() -> window.frame().isShowing()));
        onEdt(() -> {
            window.frame().setLocation(0, 0); // in front, whole, at a known place: Xvfb runs no window manager
            window.frame().toFront();
            return null;
        });
        robot.waitForIdle();
    }

    /** A left click at the centre of the first element matching {@code selector}. */
    public void click(String selector) {
        clickElement(selector, InputEvent.BUTTON1_DOWN_MASK);
    }

    /** A right click (a context menu) at the centre of the first element matching {@code selector}. */
    public void rightClick(String selector) {
        clickElement(selector, InputEvent.BUTTON3_DOWN_MASK);
    }

    private void clickElement(String selector, int button) {
        Object centre = read("(() => { const e = document.querySelector(" + GSON.toJson(selector) + ");"
                + " if (!e) return null; const b = e.getBoundingClientRect();"
                + " return [b.x + b.width / 2, b.y + b.height / 2]; })()");
        if (!(centre instanceof List<?> xy)) {
            throw new AssertionError("nothing on the page matches " + selector);
        }
        Point page = onEdt(() -> {
            Container content = window.frame().getContentPane();
            return content.getLocationOnScreen();
        });
        robot.mouseMove(page.x + ((Number) xy.get(0)).intValue(), page.y + ((Number) xy.get(1)).intValue());
        robot.mousePress(button);
        robot.mouseRelease(button);
        robot.waitForIdle();
    }

    /** A left click at the centre of a Swing component (a dialog's field or button). */
    public void click(java.awt.Component c) {
        java.awt.Rectangle r = onEdt(() -> new java.awt.Rectangle(c.getLocationOnScreen(), c.getSize()));
        robot.mouseMove(r.x + r.width / 2, r.y + r.height / 2);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** One key, e.g. {@code KeyEvent.VK_ENTER}. */
    public void press(int keyCode) {
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
        robot.waitForIdle();
    }

    /** Clicks an input and waits until it has the keyboard, as a user watching the caret would. */
    public void focus(String selector) {
        click(selector);
        until(selector + " has the keyboard", () -> Boolean.TRUE.equals(
                read("document.activeElement === document.querySelector(" + GSON.toJson(selector) + ")")));
        sleep(300); // Chromium moves the X focus to its window a moment after the page reports the element focused
    }

    /** Types {@code text} (letters, digits, space, and unshifted punctuation such as / . -) key by key. */
    public void type(String text) {
        for (char ch : text.toCharArray()) {
            boolean upper = Character.isUpperCase(ch);
            int key = KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(ch));
            if (upper) {
                robot.keyPress(KeyEvent.VK_SHIFT);
            }
            robot.keyPress(key);
            robot.keyRelease(key);
            if (upper) {
                robot.keyRelease(KeyEvent.VK_SHIFT);
            }
        }
        robot.waitForIdle();
    }

    /** Keys pressed in order and released in reverse: a chord such as Ctrl+Shift+S. */
    public void chord(int... keyCodes) {
        for (int k : keyCodes) {
            robot.keyPress(k);
        }
        for (int i = keyCodes.length - 1; i >= 0; i--) {
            robot.keyRelease(keyCodes[i]);
        }
        robot.waitForIdle();
    }

    /** Ctrl and a letter, e.g. {@code ctrl('v')} to paste. */
    public void ctrl(char letter) {
        int key = KeyEvent.getExtendedKeyCodeForChar(letter);
        robot.keyPress(KeyEvent.VK_CONTROL);
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }

    /** The value of a JavaScript expression in the page's own world. */
    public Object read(String expression) {
        try {
            return window.webContents().executeJavaScript(expression).get(READ_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("reading " + expression + ": no answer in " + READ_SECONDS + " s", e);
        } catch (Exception e) {
            throw new AssertionError("reading " + expression + ": " + e, e);
        }
    }

    /** Waits (45 s at most) until {@code condition} holds. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            sleep(20);
        }
    }

    public static <T> T onEdt(java.util.function.Supplier<T> s) {
        Object[] out = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> out[0] = s.get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
