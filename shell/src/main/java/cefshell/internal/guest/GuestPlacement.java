package cefshell.internal.guest;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;

import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

import cefshell.internal.browser.WindowedCreation;

/**
 * Lays a guest's component over its element: in the layered pane of the host page's window, above the content, at
 * the element's rectangle (CSS pixels of the host's viewport, which are AWT pixels at zoom 100%). EDT only.
 */
final class GuestPlacement {
    private GuestPlacement() {
    }

    /**
     * @param hostView the component showing the host page
     * @param rect the element's border box in the host's viewport
     */
    static void place(Component hostView, JComponent guest, Rectangle rect, boolean visible) {
        JRootPane root = hostView == null ? null : SwingUtilities.getRootPane(hostView);
        if (root == null) { // the host is in no window (yet): nothing to lie over
            guest.setVisible(false);
            return;
        }
        JLayeredPane layers = root.getLayeredPane();
        if (guest.getParent() != layers) {
            if (guest.getParent() != null) {
                guest.getParent().remove(guest);
            }
            layers.add(guest, JLayeredPane.PALETTE_LAYER);
        }
        Point at = SwingUtilities.convertPoint(hostView, rect.x, rect.y, layers);
        guest.setBounds(at.x, at.y, rect.width, rect.height);
        guest.setVisible(visible && rect.width > 0 && rect.height > 0);
        guest.validate();
        layers.repaint();
    }

    /** Moves the guest into the hidden parking window, where it is kept alive until it is closed. */
    static void park(JComponent guest) {
        if (guest.getParent() != null) {
            guest.getParent().remove(guest);
        }
        WindowedCreation.park(guest);
    }

    /** Takes the guest out of the host's window. */
    static void remove(JComponent guest) {
        java.awt.Container parent = guest.getParent();
        if (parent != null) {
            parent.remove(guest);
            parent.repaint();
        }
    }
}
