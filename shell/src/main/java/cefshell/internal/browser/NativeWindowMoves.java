package cefshell.internal.browser;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.cef.browser.CefshellReparenting;

/**
 * Moves a windowed page's native window when its component changes parent, on CEF's UI thread, so that JCEF's own
 * move never runs: that one waits for CEF's UI thread on a lock on the caller's stack, gives up early, and lets the
 * late move lock freed memory (a JVM crash; see {@link CefshellReparenting}). Every windowed page moves once, from the
 * parking window it is made in, every {@code <webview>} guest twice more, and Swing code may move any panel.
 *
 * <p>Out: before the component loses its native peer the window must be out of the canvas, or the X server destroys
 * it with the canvas. So the EDT waits until CEF's UI thread has moved it and the X server has handled the move
 * ({@link CefXConnection}); the EDT may wait for that thread, which never waits for the EDT. In: after the component
 * has its peer again, the move is posted and not waited for; CEF's UI thread runs moves in the order they were asked
 * for, so a later move out still finds the window where this one put it. EDT only.
 *
 * <p>Measured with {@code BrowserPanelTest.movingAPanelWhileCefsUiThreadIsBusyKeepsItsPage} (CEF's UI thread held
 * 1.2 s across each of six moves): with JCEF's move, 4 JVM crashes (SIGSEGV in pthread_mutex_lock, as in CI) and 2 lost
 * pages in 6 runs; with this, 0 in 6.
 */
public final class NativeWindowMoves {
    private static final Logger LOG = Logger.getLogger(NativeWindowMoves.class.getName());
    /** A UI thread busier than this is stuck: the component moves anyway (the window may go with its canvas). */
    static final long MOVE_OUT_WAIT_MS = 10_000;

    private NativeWindowMoves() {
    }

    /** Before {@code host}'s component is taken out of a displayable parent (it loses its peer). */
    public static void beforeRemoval(BrowserHost host) {
        if (!handlesMoves(host) || !CefshellReparenting.markMoved(host.browser(), true)) {
            return;
        }
        try {
            // the X server has made the move before the canvas goes: see CefXConnection
            CefshellReparenting.moveOut(host.browser(), CefXConnection::sync)
                    .get(MOVE_OUT_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning("CEF's UI thread did not move the page's window out within " + MOVE_OUT_WAIT_MS
                    + " ms; its component moves anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.log(Level.WARNING, "moving the page's window out failed", e.getCause());
        }
    }

    /** Before {@code host}'s component gets a peer in its new parent: its addNotify must not move the window. */
    public static void beforeAddition(BrowserHost host) {
        if (handlesMoves(host)) {
            CefshellReparenting.markMoved(host.browser(), false);
        }
    }

    /** After {@code host}'s component got its peer in its new parent: the window moves into it. */
    public static void afterAddition(BrowserHost host) {
        if (handlesMoves(host) && host.uiComponent().isDisplayable()) {
            CefshellReparenting.moveIn(host.browser()).whenComplete((ok, failed) -> {
                if (failed != null) {
                    LOG.log(Level.WARNING, "moving the page's window in failed", failed);
                }
            });
        }
    }

    /**
     * Windowed pages whose browser Java has asked for: JCEF would move their window. Not while CEF shuts down (it
     * closes every browser, and JCEF moves no closing browser).
     */
    private static boolean handlesMoves(BrowserHost host) {
        return !host.isOffscreen() && host.browser() != null && !host.isClosing() && !CefShutdown.inProgress()
                && CefshellReparenting.available();
    }
}
