package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTException;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.SwingTree;
import cefshell.testing.TestFrames;
import cefshell.testing.TestWindows;

/**
 * What a user at the keyboard and mouse sees of menus: accelerators while the page has the keyboard, the editing
 * roles on the page's text, and the page's right click reaching Java. Real X input (java.awt.Robot on the test's
 * Xvfb), so keys reach Chromium's window as a person's do.
 */
@ExtendWith(ShellExtension.class)
class MenuKeysTest {
    private static final String FORM = "<html><body style='margin:0'>"
            + "<input id=a value='hello menu' style='position:absolute;left:10px;top:10px;width:200px'>"
            + "<input id=b style='position:absolute;left:10px;top:60px;width:200px'>"
            + "<p id=text style='position:absolute;left:10px;top:120px;margin:0'>some words to select</p>"
            + "<script>window.keys = []; addEventListener('keydown', e => { keys.push(e.key);"
            + " if (e.ctrlKey && e.code === 'KeyJ') e.preventDefault(); });</script></body></html>";

    @Test
    void acceleratorsFireWhileThePageHasTheKeyboardUnlessThePageTookTheKey(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FORM);
        LinkedBlockingQueue<String> clicks = new LinkedBlockingQueue<>();
        Menu menu = Menu.buildFromTemplate(List.of(MenuItemOptions.submenu("Tools", List.of(
                MenuItemOptions.builder().label("Shifted").accelerator("CmdOrCtrl+Shift+K")
                        .click((item, window) -> clicks.add("shifted " + (window == w))).build(),
                MenuItemOptions.builder().label("Function").accelerator("F7")
                        .click((item, window) -> clicks.add("f7")).build(),
                MenuItemOptions.builder().label("Taken by the page").accelerator("Ctrl+J")
                        .click((item, window) -> clicks.add("ctrl+j")).build(),
                MenuItemOptions.builder().label("Disabled").accelerator("Ctrl+E").enabled(false)
                        .click((item, window) -> clicks.add("disabled")).build(),
                MenuItemOptions.builder().label("Hidden").accelerator("Alt+H").visible(false)
                        .click((item, window) -> clicks.add("hidden")).build()))));
        w.setMenu(menu);
        Input user = new Input(w);
        user.click(100, 70); // into input #b: the page has the keyboard
        Awaits.until("#b focused", 10, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(TestWindows.eval(w, "document.activeElement.id === 'b'")));
        Thread.sleep(300); // Chromium takes the X focus a moment after the element reports it

        user.keys(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_K);
        assertEquals("shifted true", clicks.poll(10, TimeUnit.SECONDS));
        user.keys(KeyEvent.VK_F7);
        assertEquals("f7", clicks.poll(10, TimeUnit.SECONDS));
        user.keys(KeyEvent.VK_ALT, KeyEvent.VK_H);
        assertEquals("hidden", clicks.poll(10, TimeUnit.SECONDS), "hidden items keep their accelerator");
        user.keys(KeyEvent.VK_CONTROL, KeyEvent.VK_J);
        user.keys(KeyEvent.VK_CONTROL, KeyEvent.VK_E);
        user.keys(KeyEvent.VK_X);
        Awaits.until("the page saw the x", 10, TimeUnit.SECONDS,
                () -> "x".equals(TestWindows.eval(w, "document.getElementById('b').value")));
        assertNull(clicks.poll(300, TimeUnit.MILLISECONDS), "neither the key the page took nor a disabled item fired");
        assertTrue(((List<?>) TestWindows.eval(w, "keys")).containsAll(List.of("K", "F7", "j")),
                "the page saw the keys first: " + TestWindows.eval(w, "keys"));
    }

    @Test
    void aSwingAppsOwnMenuBarAcceleratorsFireWhileItsPanelsPageHasTheKeyboard(TestFrames f) throws Exception {
        BrowserPanel panel = f.loadedPanel(FORM);
        LinkedBlockingQueue<String> fired = new LinkedBlockingQueue<>();
        f.frame(0, 0, frame -> {
            JMenuBar bar = new JMenuBar();
            JMenu file = new JMenu("File");
            JMenuItem save = new JMenuItem("Save");
            save.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK));
            save.addActionListener(e -> fired.add("save on the EDT " + SwingUtilities.isEventDispatchThread()));
            file.add(save);
            bar.add(file);
            frame.setJMenuBar(bar);
            frame.add(panel);
            frame.setSize(640, 480);
        });
        Input user = new Input(panel);
        user.click(100, 70);
        Awaits.until("#b focused", 10, TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(TestFrames.eval(panel, "document.activeElement.id === 'b'")));
        Thread.sleep(300);
        user.keys(KeyEvent.VK_CONTROL, KeyEvent.VK_S);
        assertEquals("save on the EDT true", fired.poll(10, TimeUnit.SECONDS));
        user.keys(KeyEvent.VK_Q);
        Awaits.until("the page typed q", 10, TimeUnit.SECONDS,
                () -> "q".equals(TestFrames.eval(panel, "document.getElementById('b').value")));
        assertNull(fired.poll(200, TimeUnit.MILLISECONDS), "one press, one action");
    }

    @Test
    void rolesActOnThePageZoomAndTextByMenuAndByAccelerator(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FORM);
        Menu menu = Menu.buildFromTemplate(List.of(MenuItemOptions.role(MenuItem.Role.EDIT_MENU),
                MenuItemOptions.role(MenuItem.Role.VIEW_MENU)));
        w.setMenu(menu);
        JMenuBar bar = SwingTree.onEdt(() -> w.frame().getJMenuBar());
        Input user = new Input(w);

        TestWindows.eval(w, "document.getElementById('a').focus()");
        MenuTest.pressMenuItem(bar, "Select All");
        Awaits.until("the input's text selected", 10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(TestWindows.eval(w,
                "(e => e.selectionStart === 0 && e.selectionEnd === e.value.length)(document.getElementById('a'))")));
        MenuTest.pressMenuItem(bar, "Copy");
        Awaits.until("copied to the clipboard", 10, TimeUnit.SECONDS, () -> "hello menu".equals(clipboardText()));
        TestWindows.eval(w, "document.getElementById('b').focus()");
        MenuTest.pressMenuItem(bar, "Paste");
        Awaits.until("pasted", 10, TimeUnit.SECONDS,
                () -> "hello menu".equals(TestWindows.eval(w, "document.getElementById('b').value")));
        MenuTest.pressMenuItem(bar, "Undo");
        Awaits.until("undone", 10, TimeUnit.SECONDS,
                () -> "".equals(TestWindows.eval(w, "document.getElementById('b').value")));
        MenuTest.pressMenuItem(bar, "Redo");
        Awaits.until("redone", 10, TimeUnit.SECONDS,
                () -> "hello menu".equals(TestWindows.eval(w, "document.getElementById('b').value")));

        MenuTest.pressMenuItem(bar, "Zoom In");
        Awaits.until("zoomed in by the menu", 10, TimeUnit.SECONDS, () -> w.webContents().getZoomLevel() == 0.5);
        user.click(100, 200); // the page gets the keyboard: Ctrl+Shift+= is zoomIn's CmdOrCtrl+Plus
        Thread.sleep(300);
        user.keys(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_EQUALS);
        Awaits.until("zoomed in by the accelerator", 10, TimeUnit.SECONDS, () -> w.webContents().getZoomLevel() == 1.0);
        user.keys(KeyEvent.VK_CONTROL, KeyEvent.VK_0);
        Awaits.until("reset by Ctrl+0", 10, TimeUnit.SECONDS, () -> w.webContents().getZoomLevel() == 0.0);
        assertEquals(1.0, ((Number) TestWindows.eval(w, "devicePixelRatio")).doubleValue(), "the page is at 100 %");

        TestWindows.eval(w, "window.marker = 1");
        user.keys(KeyEvent.VK_CONTROL, KeyEvent.VK_R); // Reload
        Awaits.until("reloaded", 20, TimeUnit.SECONDS, () -> {
            try {
                return Boolean.TRUE.equals(w.webContents().executeJavaScript(
                        "document.readyState === 'complete' && window.marker === undefined").get(2, TimeUnit.SECONDS));
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aRightClickReachesJavaWithThePositionAndWhatIsUnderIt(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FORM);
        LinkedBlockingQueue<ContextMenuParams> events = new LinkedBlockingQueue<>();
        w.webContents().onContextMenu(events::add);
        Input user = new Input(w);

        TestWindows.eval(w, "(() => { const r = document.createRange();"
                + " r.selectNodeContents(document.getElementById('text'));"
                + " getSelection().removeAllRanges(); getSelection().addRange(r); })()");
        user.rightClick(40, 128);
        ContextMenuParams onText = events.poll(10, TimeUnit.SECONDS);
        assertEquals(40, onText.x());
        assertEquals(128, onText.y());
        assertEquals("some words to select", onText.selectionText());
        assertFalse(onText.isEditable());
        assertEquals("none", onText.mediaType());
        assertEquals(w.webContents().getURL(), onText.pageURL());

        user.rightClick(50, 70);
        ContextMenuParams onInput = events.poll(10, TimeUnit.SECONDS);
        assertEquals(50, onInput.x());
        assertEquals(70, onInput.y());
        assertTrue(onInput.isEditable());

        // what an app does with it: its own menu at the click
        LinkedBlockingQueue<String> chosen = new LinkedBlockingQueue<>();
        Menu context = Menu.buildFromTemplate(List.of(MenuItemOptions.item("Look Up", (item, window) ->
                chosen.add("look up " + onText.selectionText()))));
        context.popup(Menu.PopupOptions.builder().window(w).at(onText.x(), onText.y()).build());
        javax.swing.JPopupMenu popup = SwingTree.await(javax.swing.JPopupMenu.class, p -> p.isShowing()
                && MenuTest.findItem(p, "Look Up") != null);
        SwingTree.onEdt(() -> {
            javax.swing.MenuSelectionManager.defaultManager().clearSelectedPath();
            MenuTest.findItem(popup, "Look Up").doClick();
        });
        assertEquals("look up some words to select", chosen.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aMenuPoppedUpByTheContextMenuListenerStaysOpenUntilChosen(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FORM);
        LinkedBlockingQueue<String> chosen = new LinkedBlockingQueue<>();
        Menu context = Menu.buildFromTemplate(List.of(
                MenuItemOptions.item("First", (item, window) -> chosen.add("first")),
                MenuItemOptions.item("Second", (item, window) -> chosen.add("second"))));
        w.webContents().onContextMenu(params ->
                context.popup(Menu.PopupOptions.builder().window(w).at(params.x(), params.y()).build()));
        Input user = new Input(w);
        user.rightClick(60, 70); // on the input: the page has had the keyboard since
        javax.swing.JPopupMenu popup = SwingTree.await(javax.swing.JPopupMenu.class, p -> p.isShowing()
                && MenuTest.findItem(p, "Second") != null);
        Thread.sleep(500);
        assertTrue(SwingTree.onEdt(popup::isShowing), "the right button's release did not close it");
        assertNull(chosen.poll(10, TimeUnit.MILLISECONDS), "nor chose an item");
        Point second = SwingTree.onEdt(() -> {
            javax.swing.JMenuItem item = MenuTest.findItem(popup, "Second");
            Point p = item.getLocationOnScreen();
            p.translate(item.getWidth() / 2, item.getHeight() / 2);
            return p;
        });
        user.clickOnScreen(second);
        assertEquals("second", chosen.poll(10, TimeUnit.SECONDS), "a real click on the item chose it");
        Awaits.until("closed", 10, TimeUnit.SECONDS, () -> !SwingTree.onEdt(popup::isShowing));
    }

    private static String clipboardText() {
        try {
            return (String) java.awt.Toolkit.getDefaultToolkit().getSystemClipboard()
                    .getData(java.awt.datatransfer.DataFlavor.stringFlavor);
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Real mouse and keys on a page (a window's, or a panel's), its window placed at a known spot in front. */
    private static final class Input {
        private final java.awt.Component page;
        private final Robot robot;

        Input(BrowserWindow window) throws AWTException {
            this(SwingTree.onEdt(() -> window.frame().getContentPane()));
        }

        Input(java.awt.Component page) throws AWTException {
            this.page = page;
            this.robot = new Robot();
            robot.setAutoDelay(10);
            Awaits.until("page showing", 10, TimeUnit.SECONDS, () -> SwingTree.onEdt(page::isShowing));
            SwingTree.onEdt(() -> {
                java.awt.Window w = SwingUtilities.getWindowAncestor(page);
                w.setLocation(0, 0); // Xvfb runs no window manager: in front, whole, at a known place
                w.toFront();
            });
            robot.waitForIdle();
        }

        private Point page(int x, int y) {
            Point p = SwingTree.onEdt(page::getLocationOnScreen);
            return new Point(p.x + x, p.y + y);
        }

        void click(int x, int y) {
            press(x, y, InputEvent.BUTTON1_DOWN_MASK);
        }

        void rightClick(int x, int y) {
            press(x, y, InputEvent.BUTTON3_DOWN_MASK);
        }

        void clickOnScreen(Point p) {
            robot.mouseMove(p.x, p.y);
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            robot.waitForIdle();
        }

        private void press(int x, int y, int button) {
            Point p = page(x, y);
            robot.mouseMove(p.x, p.y);
            robot.mousePress(button);
            robot.mouseRelease(button);
            robot.waitForIdle();
        }

        /** Presses the keys in order, then releases them in reverse: a chord such as Ctrl+Shift+K. */
        void keys(int... codes) {
            for (int c : codes) {
                robot.keyPress(c);
            }
            for (int i = codes.length - 1; i >= 0; i--) {
                robot.keyRelease(codes[i]);
            }
            robot.waitForIdle();
        }
    }
}
