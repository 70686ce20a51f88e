package cefshell.internal.browser;

import java.awt.event.WindowEvent;
import java.awt.event.WindowFocusListener;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Whether a window showing a page has the focus, for {@code BrowserWindow}'s focus/blur events and
 * {@code getFocusedWindow}. AWT alone gets it wrong on X11: when the page is clicked, Chromium's child window takes
 * the X focus and AWT reports its window as having lost the focus to no window (java-cef #329), though the user is
 * typing in it. So a loss to no window waits a moment for the page to say it took the focus; if it did, the window
 * keeps the focus; if the page said so just before, the loss was to it. A {@code <webview>} guest's page taking the
 * focus counts as the window's page taking it. The converse cannot be seen: leaving the page for another
 * application is reported by nobody, so the window counts as focused until AWT hears of a focus change again. One
 * window has the keyboard at a time: when one gets it (from AWT or from its page), the one that had it loses it. EDT
 * for the state; CEF's call is forwarded.
 */
public final class WindowFocus {
    private static final int PAGE_FOCUS_GRACE_MS = 250;
    private static WindowFocus current; // EDT

    private final Runnable onFocus;
    private final Runnable onBlur;
    private final Timer pendingBlur;
    private volatile boolean focused;
    private long pageFocusedAt = System.nanoTime() - Long.MAX_VALUE / 2; // EDT: when the page last took the focus

    public WindowFocus(JFrame frame, BrowserHost page, Runnable onFocus, Runnable onBlur) {
        this.onFocus = onFocus;
        this.onBlur = onBlur;
        this.pendingBlur = new Timer(PAGE_FOCUS_GRACE_MS, e -> set(false));
        pendingBlur.setRepeats(false);
        frame.addWindowFocusListener(new WindowFocusListener() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                set(true);
            }

            @Override
            public void windowLostFocus(WindowEvent e) {
                if (e.getOppositeWindow() == null) {
                    if (System.nanoTime() - pageFocusedAt > PAGE_FOCUS_GRACE_MS * 1_000_000L) {
                        pendingBlur.restart(); // perhaps to our own page: see the class comment
                    } // else the page said so first: the loss was to it
                } else {
                    set(false);
                }
            }
        });
        page.onPageFocusSync(() -> SwingUtilities.invokeLater(() -> {
            pageFocusedAt = System.nanoTime();
            set(true);
        }));
    }

    public boolean isFocused() {
        return focused;
    }

    private void set(boolean now) {
        if (now) {
            pendingBlur.stop();
            if (current != null && current != this) {
                current.set(false);
            }
            current = this;
        } else if (current == this) {
            current = null;
        }
        if (focused != now) {
            focused = now;
            (now ? onFocus : onBlur).run();
        }
    }
}
