package cefshell;

import static cefshell.testing.TestFrames.eval;
import static cefshell.testing.TestFrames.onEdt;
import static cefshell.testing.TestFrames.onEdtGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cefshell.testing.Awaits;
import cefshell.testing.BusyCefUiThread;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestFrames;

/** BrowserPanel in real Swing frames with real Chromium: layout, painting, input, IPC, lifetime. */
@ExtendWith(ShellExtension.class)
class BrowserPanelTest {
    private static final Color PAGE_RED = new Color(255, 0, 0);
    private static final Color PAGE_BLUE = new Color(0, 0, 255);
    private static final Color SWING_GREEN = new Color(0, 255, 0);

    private static String colored(Color c) {
        String css = String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        return "<!doctype html><html><head><style>html,body{margin:0;height:100%;background:" + css + "}</style></head>"
                + "<body><input id='field' style='position:absolute;left:10px;top:10px;width:200px'></body></html>";
    }

    private static JLabel greenLabel() {
        JLabel l = new JLabel("swing");
        l.setOpaque(true);
        l.setBackground(SWING_GREEN);
        l.setPreferredSize(new Dimension(120, 100));
        return l;
    }

    @Test
    void twoPanelsInOneFrameTalkToJavaIndependently(TestFrames t) {
        String page = "<!doctype html><html><head><script>window.got = [];"
                + "ipcRenderer.on('reply', (e, v) => got.push(v));</script></head><body></body></html>";
        BrowserPanel left = t.loadedPanel(page);
        BrowserPanel right = t.loadedPanel(page);
        left.webContents().ipc().handle("who", (e, a) -> "left");
        right.webContents().ipc().handle("who", (e, a) -> "right");
        IpcListener echo = (e, a) -> e.reply("reply", "echo:" + a.get(0));
        t.shell().ipcMain().on("echo", echo);
        try {
            t.frame(0, 0, f -> {
                f.setLayout(new GridLayout(1, 2));
                f.add(left);
                f.add(right);
                f.setSize(800, 400);
            });
            assertEquals("left", eval(left, "ipcRenderer.invoke('who')"));
            assertEquals("right", eval(right, "ipcRenderer.invoke('who')"));
            eval(left, "ipcRenderer.send('echo', 'L'), 1");
            eval(right, "ipcRenderer.send('echo', 'R'), 1");
            Awaits.until("both replies", 10, TimeUnit.SECONDS,
                    () -> eval(left, "got.length").equals(1.0) && eval(right, "got.length").equals(1.0));
            assertEquals("echo:L", eval(left, "got[0]"));
            assertEquals("echo:R", eval(right, "got[0]"));
            left.webContents().send("reply", "only-left");
            Awaits.until("send delivered", 10, TimeUnit.SECONDS, () -> eval(left, "got.length").equals(2.0));
            assertEquals(1.0, eval(right, "got.length"));
        } finally {
            t.shell().ipcMain().off("echo", echo);
        }
    }

    @Test
    void panelsInTwoFramesAtOnceEachReachTheirOwnPage(TestFrames t) {
        String page = "<!doctype html><html><head><script>window.got = [];"
                + "ipcRenderer.on('hello', (e, v) => got.push(v));</script></head><body></body></html>";
        BrowserPanel a = t.loadedPanel(page);
        BrowserPanel b = t.loadedPanel(page);
        t.frame(0, 0, f -> { f.add(a); f.setSize(400, 300); });
        t.frame(500, 0, f -> { f.add(b); f.setSize(400, 300); });
        a.webContents().send("hello", "to a");
        b.webContents().send("hello", "to b");
        Awaits.until("delivered", 10, TimeUnit.SECONDS,
                () -> eval(a, "got.length").equals(1.0) && eval(b, "got.length").equals(1.0));
        assertEquals("to a", eval(a, "got[0]"));
        assertEquals("to b", eval(b, "got[0]"));
    }

    @Test
    void aPagePaintsInsideThePanelsBoundsAndNowhereElse(TestFrames t) throws Exception {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        JLabel label = greenLabel();
        t.frame(0, 0, f -> {
            f.add(label, BorderLayout.WEST);
            f.add(panel, BorderLayout.CENTER);
            f.setSize(600, 400);
        });
        t.awaitScreenColor(panel, 300, 300, PAGE_RED);
        BufferedImage shot = t.screenshot(panel);
        int w = shot.getWidth();
        int h = shot.getHeight();
        for (int[] p : new int[][] {{2, 40}, {w - 3, 40}, {2, h - 3}, {w - 3, h - 3}, {w / 2, h / 2}}) {
            assertEquals(PAGE_RED.getRGB(), shot.getRGB(p[0], p[1]), "page color at " + p[0] + "," + p[1]);
        }
        BufferedImage beside = t.screenshot(label);
        assertEquals(SWING_GREEN.getRGB(), beside.getRGB(beside.getWidth() - 3, beside.getHeight() / 2),
                "the page does not paint over the Swing label next to it");
        assertEquals(onEdtGet(panel::getWidth) + "x" + onEdtGet(panel::getHeight), eval(panel, "innerWidth + 'x' + innerHeight"));
    }

    @Test
    void capturePageReturnsWhatThePanelShows(TestFrames t) throws Exception {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_BLUE));
        t.frame(0, 0, f -> {
            f.add(panel);
            f.setSize(500, 400);
        });
        t.awaitScreenColor(panel, 250, 200, PAGE_BLUE);
        BufferedImage image = panel.capturePage().get(15, TimeUnit.SECONDS);
        assertEquals(onEdtGet(panel::getWidth).intValue(), image.getWidth());
        assertEquals(onEdtGet(panel::getHeight).intValue(), image.getHeight());
        assertEquals(PAGE_BLUE.getRGB(), image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
        assertEquals(PAGE_BLUE.getRGB(), image.getRGB(image.getWidth() - 2, image.getHeight() - 2));
    }

    @Test
    void typingThroughAwtKeyEventsArrivesInTheFocusedPageInputAndThenInASwingField(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        JTextField swingField = new JTextField(20);
        t.frame(0, 0, f -> {
            f.add(swingField, BorderLayout.NORTH);
            f.add(panel, BorderLayout.CENTER);
            f.setSize(500, 400);
        });
        t.awaitScreenColor(panel, 250, 200, PAGE_RED);
        t.click(panel, 60, 20); // the page's <input>
        awaitPageFocus(panel);
        t.type("hello page");
        Awaits.until("typed text in the page", 10, TimeUnit.SECONDS,
                () -> "hello page".equals(eval(panel, "document.getElementById('field').value")));
        t.click(swingField, 5, 5);
        awaitSwingFocus(swingField);
        t.type("back in swing");
        Awaits.until("typed text in the Swing field", 10, TimeUnit.SECONDS,
                () -> onEdtGet(swingField::getText).equals("back in swing"));
        assertEquals("hello page", eval(panel, "document.getElementById('field').value"));
    }

    @Test
    void tabPastThePagesLastElementGivesTheKeyboardToTheNextSwingComponent(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        JTextField before = new JTextField(20);
        JTextField after = new JTextField(20);
        t.frame(0, 0, f -> {
            f.add(before, BorderLayout.NORTH);
            f.add(panel, BorderLayout.CENTER);
            f.add(after, BorderLayout.SOUTH);
            f.setSize(500, 400);
        });
        t.awaitScreenColor(panel, 250, 200, PAGE_RED);
        t.click(panel, 60, 20);
        awaitPageFocus(panel);
        t.type("in page\t");
        Awaits.until("the next Swing component has the focus", 10, TimeUnit.SECONDS, () -> onEdtGet(after::isFocusOwner));
        pause(100);
        t.type("after");
        Awaits.until("typed after the page", 10, TimeUnit.SECONDS, () -> "after".equals(onEdtGet(after::getText)));
        assertEquals("in page", eval(panel, "document.getElementById('field').value"));
        assertEquals("", onEdtGet(before::getText));
    }

    @Test
    void requestFocusInWindowGivesTheKeyboardToThePage(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED).replace("<input id='field'", "<input id='field' autofocus"));
        JTextField swingField = new JTextField(20);
        t.frame(0, 0, f -> {
            f.add(swingField, BorderLayout.NORTH);
            f.add(panel, BorderLayout.CENTER);
            f.setSize(500, 400);
        });
        onEdtGet(swingField::requestFocusInWindow);
        awaitSwingFocus(swingField);
        t.type("ab");
        Awaits.until("Swing field typed", 10, TimeUnit.SECONDS, () -> onEdtGet(swingField::getText).equals("ab"));
        onEdtGet(panel::requestFocusInWindow);
        awaitPageFocus(panel);
        t.type("cd");
        Awaits.until("page typed", 10, TimeUnit.SECONDS,
                () -> "cd".equals(eval(panel, "document.getElementById('field').value")));
        assertEquals("ab", onEdtGet(swingField::getText));
    }

    /**
     * Waits until the page's input has the focus, then a little more: CEF moves the X keyboard focus to its window
     * shortly after the page reports focus (a delayed task in CEF's X11 window code), and keys typed before go to AWT.
     */
    private static void awaitPageFocus(BrowserPanel panel) {
        Awaits.until("page input focused", 10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                eval(panel, "document.hasFocus() && document.activeElement && document.activeElement.id === 'field'")));
        pause(300);
    }

    private static void awaitSwingFocus(java.awt.Component c) {
        Awaits.until("Swing focus", 10, TimeUnit.SECONDS, () -> onEdtGet(c::isFocusOwner));
        pause(100);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void thePageFollowsResizeHideAndShow(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        JFrame f = t.frame(0, 0, fr -> {
            fr.add(panel);
            fr.setSize(400, 300);
        });
        t.awaitScreenColor(panel, 200, 150, PAGE_RED);
        onEdt(() -> f.setSize(700, 500));
        Awaits.until("page resized", 10, TimeUnit.SECONDS, () -> eval(panel, "innerWidth + 'x' + innerHeight")
                .equals(onEdtGet(panel::getWidth) + "x" + onEdtGet(panel::getHeight)));
        t.awaitScreenColor(panel, onEdtGet(panel::getWidth) - 5, onEdtGet(panel::getHeight) - 5, PAGE_RED);
        Rectangle where = TestFrames.screenBounds(panel);
        onEdt(() -> panel.setVisible(false));
        Awaits.until("page hidden", 10, TimeUnit.SECONDS, () -> !t.screenColorAt(f, where.x - f.getX() + 100,
                where.y - f.getY() + 100).equals(PAGE_RED));
        onEdt(() -> panel.setVisible(true));
        t.awaitScreenColor(panel, 100, 100, PAGE_RED);
        assertFalse(panel.isDisposed());
    }

    @Test
    void movingAPanelToAnotherContainerAndAnotherFrameKeepsItsPage(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        JPanel box = new JPanel(new BorderLayout());
        JFrame first = t.frame(0, 0, f -> {
            f.add(panel);
            f.setSize(400, 300);
        });
        t.awaitScreenColor(panel, 200, 150, PAGE_RED);
        eval(panel, "window.marker = 'kept', 1");
        onEdt(() -> {
            first.remove(panel);
            first.add(box);
            box.add(panel);
            first.revalidate();
        });
        t.awaitScreenColor(panel, 200, 150, PAGE_RED);
        JFrame second = t.frame(500, 0, f -> f.setSize(400, 300));
        onEdt(() -> {
            box.remove(panel);
            second.add(panel);
            second.revalidate();
        });
        t.awaitScreenColor(panel, 200, 150, PAGE_RED);
        onEdt(first::dispose); // the panel's old window: no longer its window
        assertEquals("kept", eval(panel, "window.marker"));
        assertFalse(panel.isDisposed());
        onEdt(second::dispose);
        Awaits.until("disposed with its new window", 10, TimeUnit.SECONDS, panel::isDisposed);
    }

    /**
     * JCEF moves a page's native window on CEF's UI thread and waits for that at most 1 s, on a lock on the mover's
     * stack: when the thread was busier than that, the late move locked freed memory and the JVM died (SIGSEGV in
     * pthread_mutex_lock). Moves made while CEF's UI thread is held for 1.2 s must keep the page and the JVM.
     */
    @Test
    void movingAPanelWhileCefsUiThreadIsBusyKeepsItsPage(TestFrames t) throws Exception {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        JPanel box = new JPanel(new BorderLayout());
        JFrame frame = t.frame(0, 0, f -> {
            f.add(panel);
            f.setSize(400, 300);
        });
        t.awaitScreenColor(panel, 200, 150, PAGE_RED);
        for (int i = 0; i < 6; i++) {
            BusyCefUiThread.hold(panel.host().browser(), 1200);
            boolean intoBox = i % 2 == 0;
            onEdt(() -> {
                if (intoBox) {
                    frame.remove(panel);
                    frame.add(box);
                    box.add(panel);
                } else {
                    box.remove(panel);
                    frame.remove(box);
                    frame.add(panel);
                }
                frame.revalidate();
                frame.repaint();
            });
            t.awaitScreenColor(panel, 200, 150, PAGE_RED);
        }
        assertEquals(2.0, eval(panel, "1 + 1"));
    }

    @Test
    void disposeReleasesTheBrowsersAndTheirRendererProcesses(TestFrames t) {
        BrowserPanel warmUp = t.loadedPanel(colored(PAGE_RED)); // Chromium keeps a spare renderer: settle first
        warmUp.dispose();
        Awaits.until("warm-up disposed", 10, TimeUnit.SECONDS, warmUp::isDisposed);
        long before = settledRendererCount();
        BrowserPanel[] panels = {t.loadedPanel(colored(PAGE_RED)), t.loadedPanel(colored(PAGE_BLUE)),
                t.loadedPanel(colored(SWING_GREEN))};
        t.frame(0, 0, f -> {
            f.setLayout(new GridLayout(1, 3));
            for (BrowserPanel p : panels) {
                f.add(p);
            }
            f.setSize(600, 200);
        });
        long during = TestFrames.rendererProcesses();
        assertTrue(during >= before + 2, "three pages of three sites have their own renderers (one may be the spare): "
                + before + " before, " + during + " with them");
        for (BrowserPanel p : panels) {
            p.dispose();
        }
        for (BrowserPanel p : panels) {
            Awaits.until("panel disposed", 10, TimeUnit.SECONDS, p::isDisposed);
        }
        Awaits.until("renderer processes gone (" + before + " before, " + during + " with the pages)", 15,
                TimeUnit.SECONDS, () -> TestFrames.rendererProcesses() <= before);
        onEdt(() -> assertEquals(0, panels[0].getComponentCount(), "a disposed panel shows nothing"));
    }

    private static long settledRendererCount() {
        long[] last = {-1};
        Awaits.until("renderer count settles", 15, TimeUnit.SECONDS, () -> {
            long now = TestFrames.rendererProcesses();
            boolean same = now == last[0];
            last[0] = now;
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return same;
        });
        return last[0];
    }

    @Test
    void closingTheFrameDisposesItsPanelsButHidingItDoesNot(TestFrames t) {
        BrowserPanel kept = t.loadedPanel(colored(PAGE_RED));
        BrowserPanel closed = t.loadedPanel(colored(PAGE_BLUE));
        JFrame hidden = t.frame(0, 0, f -> {
            f.add(kept);
            f.setSize(300, 200);
        });
        JFrame disposed = t.frame(400, 0, f -> {
            f.add(closed);
            f.setSize(300, 200);
        });
        onEdt(() -> hidden.setVisible(false));
        onEdt(disposed::dispose);
        Awaits.until("panel of the disposed frame closed", 10, TimeUnit.SECONDS, closed::isDisposed);
        assertFalse(kept.isDisposed());
        onEdt(() -> hidden.setVisible(true));
        t.awaitScreenColor(kept, 150, 100, PAGE_RED);
    }

    @Test
    void aPanelRemovedFromItsFrameIsDisposedWhenThatFrameCloses(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        JFrame f = t.frame(0, 0, fr -> {
            fr.add(panel);
            fr.setSize(300, 200);
        });
        onEdt(() -> {
            f.remove(panel);
            f.revalidate();
        });
        assertEquals(1.0, eval(panel, "1"), "removing alone keeps the page");
        onEdt(f::dispose);
        Awaits.until("disposed with its last frame", 10, TimeUnit.SECONDS, panel::isDisposed);
    }

    @Test
    void aPanelThatShouldOutliveItsWindowsSurvivesTheirDisposal(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(colored(PAGE_RED));
        panel.setDisposeWithWindow(false);
        JFrame dialog = t.frame(0, 0, f -> {
            f.add(panel);
            f.setSize(300, 200);
        });
        onEdt(dialog::dispose);
        JFrame next = t.frame(400, 0, f -> {
            f.add(panel);
            f.setSize(300, 200);
        });
        t.awaitScreenColor(panel, 150, 100, PAGE_RED);
        assertFalse(panel.isDisposed());
        assertEquals(next, onEdtGet(() -> javax.swing.SwingUtilities.getWindowAncestor(panel)));
    }

    @Test
    void aPanelCreatedOffTheEdtLoadsBeforeItIsShownAndThenShowsItsPage(TestFrames t) throws Exception {
        String url = t.serveIndex(colored(PAGE_BLUE));
        CompletableFuture<BrowserPanel> made = CompletableFuture.supplyAsync(() -> t.track(new BrowserPanel(t.shell(), url)));
        BrowserPanel panel = TestFrames.awaitLoaded(made.get(20, TimeUnit.SECONDS), url);
        assertEquals(2.0, eval(panel, "1 + 1"), "scripts run before the panel is in any window");
        t.frame(0, 0, f -> {
            f.add(panel);
            f.setSize(300, 200);
        });
        t.awaitScreenColor(panel, 150, 100, PAGE_BLUE);
    }

    @Test
    void theEdtMayCreateAPanelAndWaitForItsPage(TestFrames t) {
        String url = t.serveIndex(colored(PAGE_RED));
        Object[] result = new Object[1];
        onEdt(() -> {
            BrowserPanel p = t.track(new BrowserPanel(t.shell(), url));
            JFrame f = new JFrame("made on the EDT");
            f.add(p);
            f.setSize(300, 200);
            f.setVisible(true);
            try {
                // waits on the EDT for a page that needs the EDT to be created (the panel is realised by painting)
                result[0] = p.webContents().executeJavaScript(
                        "new Promise(r => document.readyState === 'complete' ? r(location.href)"
                                + " : addEventListener('load', () => r(location.href)))").get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                result[0] = e;
            } finally {
                f.dispose();
            }
        });
        assertEquals(url, result[0]);
    }

    @Test
    void anIpcHandlerMayUpdateSwingAndAnswerThroughThePage(TestFrames t) {
        BrowserPanel panel = t.loadedPanel("<!doctype html><html><head><script>window.got = [];"
                + "ipcRenderer.on('label-now', (e, v) => got.push(v));</script></head><body></body></html>");
        JLabel label = new JLabel("before");
        t.frame(0, 0, f -> {
            f.add(label, BorderLayout.NORTH);
            f.add(panel);
            f.setSize(400, 300);
        });
        panel.webContents().ipc().handle("set-label", (e, a) -> {
            String text = a.get(0, String.class);
            TestFrames.onEdt(() -> label.setText(text)); // invokeAndWait from the handler thread
            panel.webContents().send("label-now", TestFrames.onEdtGet(label::getText));
            return panel.webContents().executeJavaScript("'page answered'").get(5, TimeUnit.SECONDS);
        });
        assertEquals("page answered", eval(panel, "ipcRenderer.invoke('set-label', 'after')"));
        assertEquals("after", onEdtGet(label::getText));
        Awaits.until("page heard", 10, TimeUnit.SECONDS, () -> "after".equals(eval(panel, "got[0]")));
    }

    @Test
    void forAppServesAFolderUnderItsNameAndKeepsSameNamedFoldersApart(TestFrames t, @TempDir Path dir) throws Exception {
        Path one = Files.createDirectories(dir.resolve("a/My UI"));
        Path two = Files.createDirectories(dir.resolve("b/My UI"));
        Files.writeString(one.resolve("index.html"), "<title>one</title>");
        Files.writeString(two.resolve("index.html"), "<title>two</title>");
        BrowserPanel p1 = t.track(BrowserPanel.forApp(t.shell(), one));
        BrowserPanel p2 = t.track(BrowserPanel.forApp(t.shell(), two));
        Awaits.until("both loaded", 20, TimeUnit.SECONDS,
                () -> "one".equals(p1.webContents().getTitle()) && "two".equals(p2.webContents().getTitle()));
        assertTrue(p1.webContents().getURL().startsWith("app://my-ui"), p1.webContents().getURL());
        assertNotEquals(p1.webContents().getURL(), p2.webContents().getURL());
        assertTrue(p1.webContents().getURL().endsWith("/index.html"));
    }
}
