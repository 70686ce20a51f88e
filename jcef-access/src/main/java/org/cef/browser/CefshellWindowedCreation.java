package org.cef.browser;

import java.awt.Component;
import java.lang.reflect.Field;

/**
 * Makes a windowed browser's native browser now, on a URL of the caller's choosing, instead of from JCEF's timer.
 *
 * <p>JCEF's windowed browser ({@code CefBrowserWr}) asks for its native browser only from a Swing timer that every
 * paint of its component restarts: 100 ms after the last paint, on the URL the Java object was made with. cefshell
 * opens a page's window after CEF has initialised (a raw launcher hides those 100 ms in the initialisation), and the
 * page Java asked for usually comes in {@code loadURL} after the object was made with {@code about:blank}: so the
 * first page waited 100 ms, then loaded a blank page, then navigated. This asks for the browser at once, on the page
 * to show, doing what the timer's step ({@code createBrowserIfRequired}) does on Linux and Windows: create it as a
 * child of the component's canvas.
 *
 * <p>It also closes a gap in JCEF for the browsers it makes: JCEF's "creation pending" flag is set only once CEF's UI
 * thread has run the creation, and its timer restarts right after asking, so when that thread is busy for more than
 * 100 ms the timer can ask a second time and one Java browser gets two native ones (read in java-cef's source; the
 * extra one would never be closed). Here the flag is set as the request is made.
 * Not API; EDT only. If a future JCEF lacks the private fields this reads, it does nothing and JCEF's timer creates
 * the browser as before.
 */
public final class CefshellWindowedCreation {
    private static final Field CANVAS = JcefMembers.field(CefBrowserWr.class, "canvas_");
    private static final Field PENDING = JcefMembers.field(CefBrowser_N.class, "isPending_");
    private static final Field TIMER = JcefMembers.field(CefBrowserWr.class, "delayedUpdate_");

    private CefshellWindowedCreation() {
    }

    /**
     * Asks CEF for {@code browser}'s native browser now, on {@code url} (null: the URL it was made with), if it is a
     * windowed browser for which nothing has asked yet. Its component must be displayable where it will be shown.
     *
     * @return whether the request was made here (false: not windowed, already asked for or made, or not possible)
     */
    public static boolean createNow(CefBrowser browser, String url) {
        if (CANVAS == null || PENDING == null || !(browser instanceof CefBrowserWr wr)) {
            return false;
        }
        try {
            Component canvas = (Component) CANVAS.get(wr);
            if (canvas == null || !canvas.isDisplayable() || wr.isClosed()
                    || wr.getNativeRef("CefBrowser") != 0 || PENDING.getBoolean(wr)) {
                return false;
            }
            wr.createBrowser(wr.getClient(), 0, url != null ? url : wr.getUrl(), false, false, canvas,
                    wr.getRequestContext());
            PENDING.setBoolean(wr, true);
            return true;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    /**
     * Marks {@code browser} as asked for right after each time JCEF's timer asks for its native browser. JCEF marks it
     * only once CEF's UI thread has made the browser, and its timer asks again every 100 ms until then: while that
     * thread was busy (eight {@code <webview>}s made at once) one Java browser got two native ones, and CEF's exit
     * waited forever for the one never closed. The timer's step runs in an event it posts; this posts, from the same
     * firing, an event that posts the mark, so the mark always follows that step whichever listener fires first.
     * Once the browser is made (or closed) the listener leaves the timer, which every paint restarts.
     * Any thread; does nothing for an off-screen browser or if this JCEF lacks the fields.
     */
    public static void markTimerAsks(CefBrowser browser) {
        if (TIMER == null || PENDING == null || !(browser instanceof CefBrowserWr wr)) {
            return;
        }
        try {
            javax.swing.Timer timer = (javax.swing.Timer) TIMER.get(wr);
            timer.addActionListener(new java.awt.event.ActionListener() {
                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    javax.swing.SwingUtilities.invokeLater(() -> javax.swing.SwingUtilities.invokeLater(() -> {
                        if (!markIfAsked(wr)) {
                            timer.removeActionListener(this);
                        }
                    }));
                }
            });
        } catch (IllegalAccessException | RuntimeException e) {
            // another JCEF: its timer asks as it does
        }
    }

    /**
     * After the timer's step: it asked for the browser if there was none and the Java browser is not closed.
     * Returns whether the timer may still ask.
     */
    private static boolean markIfAsked(CefBrowserWr wr) {
        try {
            if (wr.isClosed() || wr.getNativeRef("CefBrowser") != 0) {
                return false;
            }
            PENDING.setBoolean(wr, true);
            return true;
        } catch (IllegalAccessException e) {
            return false; // left to JCEF
        }
    }

    /** Whether CEF was asked for {@code browser}'s native browser and has not made it yet (false if unknown). */
    public static boolean isBeingMade(CefBrowser browser) {
        if (PENDING == null || !(browser instanceof CefBrowserWr wr)) {
            return false;
        }
        try {
            return PENDING.getBoolean(wr) && wr.getNativeRef("CefBrowser") == 0 && !wr.isClosed();
        } catch (IllegalAccessException e) {
            return false;
        }
    }
}
