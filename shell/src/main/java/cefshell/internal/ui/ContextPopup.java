package cefshell.internal.ui;

import java.awt.EventQueue;
import java.awt.event.FocusEvent;
import java.util.concurrent.TimeUnit;

import javax.swing.JPopupMenu;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;

/**
 * A context menu that survives the focus change of the click that asked for it. A windowed page's Swing component
 * closes every open menu when it gains the focus (JCEF's {@code CefBrowserWr} clears the menu selection in
 * {@code focusGained}, so that clicking into a page closes menus). A right click into a page that did not have the
 * keyboard gives it the focus too, and that focus event arrives after the context-menu event, so the menu shown for
 * the click was closed at once (seen on Linux). Such a close, by a focus gain elsewhere shortly after the menu
 * appeared, is undone; any later one, a choice, Escape or a click outside close it as usual.
 */
final class ContextPopup extends JPopupMenu {
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private long shownAt; // EDT

    @Override
    public void setVisible(boolean visible) {
        if (visible && !isVisible()) {
            shownAt = System.nanoTime();
        }
        super.setVisible(visible);
    }

    @Override
    public void menuSelectionChanged(boolean isIncluded) {
        if (!isIncluded && isVisible() && System.nanoTime() - shownAt < GRACE_NANOS
                && EventQueue.getCurrentEvent() instanceof FocusEvent f && f.getID() == FocusEvent.FOCUS_GAINED
                && !SwingUtilities.isDescendingFrom(f.getComponent(), this)) {
            shownAt = 0; // once
            SwingUtilities.invokeLater(() -> {
                if (isVisible()) {
                    MenuSelectionManager.defaultManager().setSelectedPath(new MenuElement[] {this});
                }
            });
            return;
        }
        super.menuSelectionChanged(isIncluded);
    }

    /**
     * Closes the context menu holding {@code chosen} once its item was chosen. Swing closes menus by clearing the
     * selection path before it fires the item, but a close undone above may not have put the path back yet (it does
     * so in a later event), and the menu would then stay open after the choice.
     */
    static void closeAfterChoice(java.awt.Component chosen) {
        java.awt.Component p = chosen.getParent();
        while (p instanceof JPopupMenu menu) {
            if (menu.getInvoker() instanceof javax.swing.JMenu parent) {
                p = parent.getParent();
            } else {
                if (menu instanceof ContextPopup popup && popup.isVisible()) {
                    popup.shownAt = 0;
                    popup.setVisible(false);
                }
                return;
            }
        }
    }
}
