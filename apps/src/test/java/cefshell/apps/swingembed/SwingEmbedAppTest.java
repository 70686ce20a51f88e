package cefshell.apps.swingembed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.BrowserPanel;
import cefshell.Shell;
import cefshell.apps.SharedShell;

/**
 * The Swing sample end to end, as a user drives it: real clicks and keys (java.awt.Robot on the test's private Xvfb)
 * on its Swing controls and on the buttons of its web page, and a screenshot to check the page is painted inside the
 * frame. One app for the class; the tests run in order and build on each other's state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedShell.class)
class SwingEmbedAppTest {
    /** The page's header background (style.css --accent, light theme). */
    private static final Color HEADER_BLUE = new Color(0x2a, 0x6f, 0xdb);
    private static final Color PAGE_LIGHT = new Color(0xfd, 0xf6, 0xe3);
    private static final Color PAGE_DARK = new Color(0x1e, 0x24, 0x30);

    private static Shell shell;
    private static SwingEmbedApp app;
    private static Robot robot;

    @BeforeAll
    static void startTheApp(Shell sharedShell) throws Exception {
        shell = sharedShell;
        app = SwingEmbedApp.open(shell, Path.of("swing-embed"));
        robot = new Robot();
        robot.setAutoDelay(10);
        BrowserPanel page = app.page();
        until("the page shows the three tasks Swing starts with", () -> Double.valueOf(3).equals(js("document.querySelectorAll('#tasks li').length")));
        until("the frame is on screen", () -> onEdt(() -> app.frame().isShowing()));
        onEdt(() -> {
            app.frame().setLocation(0, 0);
            return null;
        });
        robot.waitForIdle();
        assertTrue(page.webContents().getURL().startsWith("app://swing-embed/"), page.webContents().getURL());
    }

    @AfterAll
    static void closeTheApp() {
        onEdt(() -> {
            app.frame().dispose();
            return null;
        });
        // the shell is shared with the module's other app tests, and quit once at the end (SharedShell)
    }

    @Test
    @Order(1)
    void theWebUiIsPaintedInsideTheSwingFrame() throws Exception {
        Rectangle frame = screenBounds(app.frame());
        Rectangle page = screenBounds(app.page());
        assertTrue(frame.contains(page), "the page lies inside the frame: " + frame + " / " + page);
        until("the page's blue header is on screen", () -> robot.getPixelColor(page.x + page.width - 20, page.y + 12).equals(HEADER_BLUE));
        BufferedImage shot = robot.createScreenCapture(frame);
        File png = new File(System.getProperty("java.io.tmpdir"), "swing-embed.png");
        ImageIO.write(shot, "png", png);
        Point p = new Point(page.x - frame.x, page.y - frame.y);
        assertEquals(HEADER_BLUE.getRGB(), shot.getRGB(p.x + page.width - 20, p.y + 12), "header, in " + png);
        assertEquals(PAGE_LIGHT.getRGB(), shot.getRGB(p.x + page.width - 20, p.y + page.height - 10), "page body, in " + png);
        Rectangle list = screenBounds(app.taskList());
        assertEquals(Color.WHITE.getRGB(), shot.getRGB(list.x - frame.x + list.width - 5, list.y - frame.y + list.height - 5),
                "the Swing list beside the page keeps its own look");
    }

    @Test
    @Order(2)
    void typingATaskInSwingAndClickingAddShowsItInThePage() {
        click(app.newTaskField(), 10, 10);
        until("the Swing field has the keyboard", () -> onEdt(() -> app.newTaskField().isFocusOwner()));
        type("buy milk");
        until("typed", () -> "buy milk".equals(onEdt(() -> app.newTaskField().getText())));
        Rectangle add = screenBounds(app.addButton());
        click(app.addButton(), add.width / 2, add.height / 2);
        until("the page lists the new task", () -> Double.valueOf(4).equals(js("document.querySelectorAll('#tasks li').length")));
        assertEquals("buy milk", js("document.querySelector('#tasks li:last-child span').textContent"));
        assertEquals("4 tasks", js("document.getElementById('count').textContent"));
    }

    @Test
    @Order(3)
    void theToolbarHighlightsTheSelectedTaskAndTheMenuThemeRecoloursThePage() {
        onEdt(() -> {
            app.taskList().setSelectedIndex(1);
            return null;
        });
        click(app.highlightButton(), 10, 10);
        until("task 2 highlighted in the page", () -> Boolean.TRUE.equals(js("document.querySelectorAll('#tasks li')[1].classList.contains('highlight')")));
        click(app.darkButton(), 10, 10);
        Rectangle page = screenBounds(app.page());
        until("the page turned dark", () -> robot.getPixelColor(page.x + page.width - 20, page.y + page.height - 10).equals(PAGE_DARK));
        click(app.darkButton(), 10, 10);
        until("and light again", () -> robot.getPixelColor(page.x + page.width - 20, page.y + page.height - 10).equals(PAGE_LIGHT));
    }

    @Test
    @Order(4)
    void addingATaskFromThePageAddsItToTheSwingList() {
        clickInPage("#new-task");
        until("the page's input has the keyboard", () -> Boolean.TRUE.equals(js("document.activeElement.id === 'new-task'")));
        sleep(300); // CEF moves the X focus to its window a moment after the page reports focus
        type("call bob");
        until("typed in the page", () -> "call bob".equals(js("document.getElementById('new-task').value")));
        clickInPage("#add");
        until("the Swing list has it", () -> onEdt(() -> app.tasks().size() == 5 && "call bob".equals(app.tasks().get(4))));
        until("the status bar says so", () -> onEdt(() -> app.status().getText()).equals("Added from page: call bob"));
    }

    @Test
    @Order(5)
    void clickingATaskInThePageSelectsItInSwingAndRemoveAnswersThroughInvoke() {
        clickInPage("#tasks li:nth-child(3) span");
        until("selected in the Swing list", () -> onEdt(() -> app.taskList().getSelectedIndex()) == 2);
        String third = onEdt(() -> app.tasks().get(2));
        clickInPage("#tasks li:nth-child(3) button.remove");
        until("removed from the Swing list", () -> onEdt(() -> !app.tasks().contains(third)));
        until("the page shows Java's answer", () -> ("Removed \"" + third + "\": 4 left").equals(js("document.getElementById('message').textContent")));
        assertEquals(List.of("Write the report", "Review the pull request", "buy milk", "call bob"),
                onEdt(() -> java.util.Collections.list(app.tasks().elements())));
    }

    // ---- helpers

    private static Object js(String code) {
        try {
            return app.page().webContents().executeJavaScript(code).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("executeJavaScript(" + code + "): " + e, e);
        }
    }

    /** A real click on the centre of the page element matching {@code selector}. */
    private static void clickInPage(String selector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js("(() => { const b = document.querySelector(" + quote(selector)
                + ").getBoundingClientRect(); return {x: b.x + b.width / 2, y: b.y + b.height / 2}; })()");
        click(app.page(), ((Number) r.get("x")).intValue(), ((Number) r.get("y")).intValue());
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void click(Component c, int x, int y) {
        Point p = screenBounds(c).getLocation();
        robot.mouseMove(p.x + x, p.y + y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    private static void type(String text) {
        for (char ch : text.toCharArray()) {
            int key = KeyEvent.getExtendedKeyCodeForChar(ch);
            robot.keyPress(key);
            robot.keyRelease(key);
        }
        robot.waitForIdle();
    }

    private static Rectangle screenBounds(Component c) {
        return onEdt(() -> new Rectangle(c.getLocationOnScreen(), c.getSize()));
    }

    private static <T> T onEdt(Supplier<T> s) {
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

    private static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
