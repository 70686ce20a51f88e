package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.SwingTree;
import cefshell.testing.TestWindows;

/** Electron's BrowserWindow management: lookup, focus, bounds, full screen, and the cancellable close. */
@ExtendWith(ShellExtension.class)
class BrowserWindowApiTest {
    private static final String PAGE = "<html><body>window</body></html>";

    @Test
    void windowsAreFoundFromTheShellAndFromTheirPages(TestWindows t) {
        BrowserWindow a = t.page(PAGE);
        BrowserWindow b = t.page(PAGE);
        assertTrue(BrowserWindow.getAllWindows().containsAll(List.of(a, b)));
        assertSame(b, BrowserWindow.fromWebContents(b.webContents()));
        BrowserPanel panel = new BrowserPanel(t.shell(), "about:blank");
        try {
            assertNull(BrowserWindow.fromWebContents(panel.webContents()), "a panel's page has no BrowserWindow");
        } finally {
            panel.dispose();
        }
    }

    @Test
    void focusMovesBetweenWindowsWithFocusAndBlurEvents(TestWindows t) throws Exception {
        BrowserWindow a = t.page(PAGE);
        BrowserWindow b = t.page(PAGE);
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        a.onFocus(() -> events.add("a focus"));
        a.onBlur(() -> events.add("a blur"));
        b.onFocus(() -> events.add("b focus"));
        b.onBlur(() -> events.add("b blur"));
        // Xvfb has no window manager: a focus request can be lost while the other window is still mapping, so the
        // test asks again until it holds, as a user would click again (the events below are still asserted once)
        Awaits.until("a focused", 10, TimeUnit.SECONDS, () -> focusOnce(a));
        assertSame(a, BrowserWindow.getFocusedWindow());
        // the events of that first switch (b's blur, if b had the focus) are delivered after isFocused changes: let
        // them arrive before clearing, so that only the switch below is asserted
        drainUntilQuiet(events);
        events.clear();
        lastFocusRequest = 0;
        Awaits.until("b focused", 10, TimeUnit.SECONDS, () -> focusOnce(b) && !a.isFocused());
        assertSame(b, BrowserWindow.getFocusedWindow());
        assertEquals("a blur", events.poll(5, TimeUnit.SECONDS));
        assertEquals("b focus", events.poll(5, TimeUnit.SECONDS));
    }

    /** Takes events until none has come for 500 ms. */
    private static void drainUntilQuiet(LinkedBlockingQueue<String> events) throws InterruptedException {
        while (events.poll(500, TimeUnit.MILLISECONDS) != null) {
            // an event of the earlier switch
        }
    }

    /** Asks for focus unless {@code w} has it (at most every 500 ms); whether it has it now. */
    private static boolean focusOnce(BrowserWindow w) {
        if (w.isFocused()) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastFocusRequest > 500_000_000L) {
            lastFocusRequest = now;
            w.focus();
        }
        return w.isFocused();
    }

    private static long lastFocusRequest;

    @Test
    void setBoundsMovesAndResizesWithEvents(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        CountDownLatch resized = new CountDownLatch(1);
        CountDownLatch moved = new CountDownLatch(1);
        w.onResize(resized::countDown);
        w.onMove(moved::countDown);
        Rectangle target = new Rectangle(40, 30, 500, 350);
        w.setBounds(target);
        assertTrue(resized.await(10, TimeUnit.SECONDS), "resize fired");
        assertTrue(moved.await(10, TimeUnit.SECONDS), "move fired");
        Awaits.until("bounds " + target + ", now " + w.getBounds(), 10, TimeUnit.SECONDS,
                () -> target.equals(w.getBounds()));
        Awaits.until("the page laid out at the new width", 10, TimeUnit.SECONDS,
                () -> ((Number) TestWindows.eval(w, "innerWidth")).intValue() == 500);
    }

    @Test
    void fullScreenCoversTheScreenAndGivesTheBoundsBack(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        Rectangle before = new Rectangle(10, 20, 400, 300);
        w.setBounds(before);
        Awaits.until("bounds set", 10, TimeUnit.SECONDS, () -> before.equals(w.getBounds()));
        Rectangle screen = SwingTree.onEdt(() -> w.frame().getGraphicsConfiguration().getBounds());
        w.setFullScreen(true);
        assertTrue(w.isFullScreen());
        Awaits.until("full screen " + screen + ", now " + w.getBounds(), 10, TimeUnit.SECONDS,
                () -> screen.equals(w.getBounds()));
        w.setFullScreen(false);
        assertFalse(w.isFullScreen());
        Awaits.until("bounds back " + before + ", now " + w.getBounds(), 10, TimeUnit.SECONDS,
                () -> before.equals(w.getBounds()));
    }

    @Test
    void alwaysOnTopIsSetAndCleared(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        assertFalse(w.isAlwaysOnTop());
        w.setAlwaysOnTop(true);
        assertTrue(w.isAlwaysOnTop() && SwingTree.onEdt(() -> w.frame().isAlwaysOnTop()));
        w.setAlwaysOnTop(false);
        assertFalse(w.isAlwaysOnTop());
    }

    @Test
    void aCloseListenerCanKeepTheWindowOpenAndDestroySkipsIt(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        boolean[] allow = {false};
        w.onClose(e -> {
            events.add("close");
            if (!allow[0]) {
                e.preventDefault();
            }
        });
        w.onClosed(() -> events.add("closed"));

        SwingTree.onEdt(() -> w.frame().dispatchEvent(new WindowEvent(w.frame(), WindowEvent.WINDOW_CLOSING)));
        assertEquals("close", events.poll(10, TimeUnit.SECONDS), "the close button asks the listeners");
        w.close();
        assertEquals("close", events.poll(10, TimeUnit.SECONDS));
        assertNull(events.poll(500, TimeUnit.MILLISECONDS), "prevented: nothing closed");
        assertFalse(w.isDestroyed());
        assertEquals(2, ((Number) TestWindows.eval(w, "1 + 1")).intValue(), "the page is alive");

        allow[0] = true;
        w.close();
        assertEquals("close", events.poll(10, TimeUnit.SECONDS));
        assertEquals("closed", events.poll(10, TimeUnit.SECONDS));
        assertTrue(w.isDestroyed());
        assertFalse(BrowserWindow.getAllWindows().contains(w));
    }

    @Test
    void destroyClosesWithoutAsking(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        w.onClose(CloseEvent -> CloseEvent.preventDefault());
        CountDownLatch closed = new CountDownLatch(1);
        w.onClosed(closed::countDown);
        w.destroy();
        assertTrue(closed.await(10, TimeUnit.SECONDS));
        assertTrue(w.isDestroyed());
    }
}
