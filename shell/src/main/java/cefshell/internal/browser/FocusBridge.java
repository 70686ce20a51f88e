package cefshell.internal.browser;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseEvent;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.swing.SwingUtilities;

import org.cef.handler.CefFocusHandler.FocusSource;

/**
 * Keeps Swing's keyboard focus and Chromium's in step for a windowed page. On X11 the two are separate: Chromium's
 * native child window takes the X input focus when its page is clicked, AWT never hears of those clicks (they go to
 * Chromium's window), and AWT does not take the X focus back when a Swing component is clicked or focused later, so
 * typing kept reaching the page (measured, JCEF 146 on Linux). The rules:
 * <ul>
 *   <li>A page does not take the focus by itself when it is created or navigates (CEF's "navigation" focus is refused)
 *       unless its component already has the Swing focus: a panel appearing does not steal the keyboard.</li>
 *   <li>When the page takes the focus (a click in it), that is noted: AWT then counts its window as inactive (java-cef
 *       #329), so the Swing focus owner cannot follow.</li>
 *   <li>When the Swing focus leaves the page's component, or a focusable, enabled Swing component of the same window is
 *       pressed while the page holds the keyboard, the keyboard is handed back: CEF is told it lost the focus, and the
 *       Swing focus owner is cleared and requested again, which makes AWT set the X focus to its own window (the
 *       workaround of JCEF's sample, java-cef issue #121).</li>
 * </ul>
 * CEF calls {@link #allowFocus} and {@link #pageFocused} on its UI thread; the rest runs on the EDT.
 */
public final class FocusBridge {
    private static final Set<FocusBridge> LIVE = ConcurrentHashMap.newKeySet();
    private static boolean mouseHookInstalled; // EDT

    private final BrowserHost host;
    private final Component component;
    private volatile boolean pageHasKeyboard;

    private FocusBridge(BrowserHost host) {
        this.host = host;
        this.component = host.uiComponent();
    }

    /** Connects a windowed page's component and CEF's focus events. EDT only. */
    public static FocusBridge install(BrowserHost host) {
        FocusBridge bridge = new FocusBridge(host);
        host.setFocusBridge(bridge);
        bridge.component.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                Component to = e.getOppositeComponent();
                if (to != null && !e.isTemporary()) {
                    SwingUtilities.invokeLater(() -> bridge.handBack(to));
                }
            }
        });
        LIVE.add(bridge);
        host.onClosed(() -> LIVE.remove(bridge));
        if (!mouseHookInstalled) {
            mouseHookInstalled = true;
            Toolkit.getDefaultToolkit().addAWTEventListener(FocusBridge::mousePressed, AWTEvent.MOUSE_EVENT_MASK);
        }
        return bridge;
    }

    /** CEF asks whether its page may take the focus. */
    boolean allowFocus(FocusSource source) {
        return source != FocusSource.FOCUS_SOURCE_NAVIGATION || component.isFocusOwner();
    }

    /** CEF's page took the focus (it was clicked, or Swing gave it). */
    void pageFocused() {
        pageHasKeyboard = true;
    }

    /** CEF's page gave the focus away (Tab past its last element); JCEF moves the Swing focus itself. */
    void pageTookFocusAway() {
        SwingUtilities.invokeLater(() -> {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            if (owner != null && owner != component) {
                handBack(owner);
            }
        });
    }

    private static void mousePressed(AWTEvent event) {
        if (event.getID() != MouseEvent.MOUSE_PRESSED || !(event.getSource() instanceof Component pressed)) {
            return;
        }
        if (!pressed.isFocusable() || !pressed.isEnabled()) {
            return; // a label, a toolbar button that takes no focus, a menu: the keyboard stays where it is
        }
        Window w = SwingUtilities.getWindowAncestor(pressed);
        for (FocusBridge b : LIVE) {
            if (b.pageHasKeyboard && w != null && SwingUtilities.getWindowAncestor(b.component) == w
                    && !SwingUtilities.isDescendingFrom(pressed, b.component)) {
                SwingUtilities.invokeLater(() -> b.handBack(pressed));
            }
        }
    }

    private void handBack(Component to) {
        pageHasKeyboard = false;
        if (host.isCreated() && !host.isClosing()) {
            host.onBrowser(b -> b.setFocus(false)); // so that the next click on the page focuses it again
        }
        KeyboardFocusManager kfm = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        Component owner = kfm.getFocusOwner(); // null when AWT saw its window lose the X focus to Chromium
        if ((owner == to || owner == null) && to.isShowing()
                && SwingUtilities.getWindowAncestor(to) == SwingUtilities.getWindowAncestor(component)) {
            kfm.clearGlobalFocusOwner();
            to.requestFocus();
        }
    }
}
