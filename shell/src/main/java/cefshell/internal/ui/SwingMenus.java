package cefshell.internal.ui;

import java.awt.Component;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.SwingUtilities;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;

import cefshell.BrowserWindow;
import cefshell.Menu;
import cefshell.MenuItem;

/**
 * {@link Menu}s as Swing components: a {@link JMenuBar} for a window, a {@link JPopupMenu} for a context menu. A menu
 * may be shown in several places at once (the application menu is every window's), so each item remembers its
 * components, weakly, and every change of an item or a menu is replayed on all of them. Menus are heavyweight popups,
 * so that they show above a page, which is a native window. Builders run on the EDT; the change notifications may
 * come from any thread.
 */
public final class SwingMenus {
    private static final String WINDOW = "cefshell.window";
    /** Swing components of each item (EDT). */
    private static final Map<MenuItem, List<WeakReference<JMenuItem>>> ITEMS = new WeakHashMap<>();
    /** Components listing each menu's items: menu bars, submenus, popups (EDT). */
    private static final Map<Menu, List<WeakReference<JComponent>>> MENUS = new WeakHashMap<>();

    private SwingMenus() {
    }

    /** A menu bar showing {@code menu}; its items act for {@code window}. EDT only. */
    public static JMenuBar menuBar(Menu menu, BrowserWindow window) {
        JMenuBar bar = new JMenuBar();
        bar.putClientProperty(WINDOW, window);
        fill(bar, menu);
        remember(MENUS, menu, bar);
        return bar;
    }

    /** Puts {@code bar} (null: none) on the frame, laid out at once. EDT only. */
    public static void setMenuBar(javax.swing.JFrame frame, JMenuBar bar) {
        frame.setJMenuBar(bar);
        frame.revalidate();
        frame.repaint();
    }

    /**
     * Shows {@code menu} as a context menu over {@code invoker} at (x, y) in its coordinates (null: the mouse
     * pointer's position, else the top-left corner); {@code onClose} runs once when it closes. EDT only.
     */
    public static void popup(Menu menu, BrowserWindow window, Component invoker, Integer x, Integer y,
                             Runnable onClose) {
        JPopupMenu popup = new ContextPopup();
        popup.setLightWeightPopupEnabled(false);
        popup.putClientProperty(WINDOW, window);
        fill(popup, menu);
        remember(MENUS, menu, popup);
        popup.addPopupMenuListener(new PopupMenuListener() {
            private boolean closed;

            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                if (!closed) {
                    closed = true;
                    forget(MENUS, menu, popup);
                    if (onClose != null) {
                        onClose.run();
                    }
                }
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
            }
        });
        Point at = new Point(0, 0);
        if (x != null && y != null) {
            at = new Point(x, y);
        } else {
            PointerInfo pointer = MouseInfo.getPointerInfo();
            if (pointer != null && invoker.isShowing()) {
                at = pointer.getLocation();
                SwingUtilities.convertPointFromScreen(at, invoker);
            }
        }
        popup.show(invoker, at.x, at.y);
    }

    /** Hides the context menus showing {@code menu}. EDT only. */
    public static void closePopups(Menu menu) {
        for (JComponent c : live(MENUS, menu)) {
            if (c instanceof JPopupMenu p && !(p.getInvoker() instanceof JMenu)) {
                p.setVisible(false);
            }
        }
    }

    /** The item's label, state or visibility changed: every component showing it follows. Any thread. */
    public static void itemChanged(MenuItem item) {
        SwingUtilities.invokeLater(() -> {
            for (JMenuItem c : live(ITEMS, item)) {
                update(c, item);
            }
        });
    }

    /** Items were added to the menu: every component listing it is refilled. Any thread. */
    public static void menuChanged(Menu menu) {
        SwingUtilities.invokeLater(() -> {
            for (JComponent c : live(MENUS, menu)) {
                fill(c, menu);
                c.revalidate();
                c.repaint();
                if (c instanceof JPopupMenu p && p.isVisible()) {
                    p.pack();
                }
            }
        });
    }

    private static void fill(JComponent container, Menu menu) {
        container.removeAll();
        boolean bar = container instanceof JMenuBar;
        for (MenuItem item : menu.items()) {
            if (item.type() == MenuItem.Type.SEPARATOR) {
                if (!bar) {
                    JPopupMenu.Separator s = new JPopupMenu.Separator();
                    s.setVisible(item.isVisible());
                    container.add(s);
                }
                continue;
            }
            container.add(component(item, container));
        }
    }

    private static JMenuItem component(MenuItem item, JComponent parent) {
        JMenuItem c = switch (item.type()) {
            case SUBMENU -> {
                JMenu m = new JMenu();
                m.getPopupMenu().setLightWeightPopupEnabled(false);
                fill(m.getPopupMenu(), item.submenu());
                remember(MENUS, item.submenu(), m.getPopupMenu());
                yield m;
            }
            case CHECKBOX -> new JCheckBoxMenuItem();
            case RADIO -> new JRadioButtonMenuItem();
            default -> new JMenuItem();
        };
        if (item.accelerator() != null && item.type() != MenuItem.Type.SUBMENU) {
            c.setAccelerator(Accelerator.parse(item.accelerator()).toKeyStroke());
        }
        if (item.toolTip() != null) {
            c.setToolTipText(item.toolTip());
        }
        if (item.type() != MenuItem.Type.SUBMENU) {
            c.addActionListener(e -> {
                item.click(windowOf(c));
                ContextPopup.closeAfterChoice(c);
            });
        }
        update(c, item);
        remember(ITEMS, item, c);
        return c;
    }

    private static void update(JMenuItem c, MenuItem item) {
        Mnemonics.apply(c, item.label());
        c.setEnabled(item.isEnabled());
        c.setVisible(item.isVisible());
        if (item.type() == MenuItem.Type.CHECKBOX || item.type() == MenuItem.Type.RADIO) {
            c.setSelected(item.isChecked());
        }
    }

    /** The window a component's menu bar or popup belongs to; submenus' popups are followed to their menu. */
    private static BrowserWindow windowOf(Component c) {
        for (Component at = c; at != null; ) {
            if (at instanceof JComponent j && j.getClientProperty(WINDOW) instanceof BrowserWindow w) {
                return w;
            }
            at = at instanceof JPopupMenu p ? p.getInvoker() : at.getParent();
        }
        return null;
    }

    private static <K, V> void remember(Map<K, List<WeakReference<V>>> map, K key, V view) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(new WeakReference<>(view));
    }

    private static <K, V> void forget(Map<K, List<WeakReference<V>>> map, K key, V view) {
        List<WeakReference<V>> refs = map.get(key);
        if (refs != null) {
            refs.removeIf(r -> r.get() == null || r.get() == view);
        }
    }

    private static <K, V> List<V> live(Map<K, List<WeakReference<V>>> map, K key) {
        List<WeakReference<V>> refs = map.get(key);
        List<V> out = new ArrayList<>();
        if (refs != null) {
            refs.removeIf(r -> r.get() == null);
            refs.forEach(r -> out.add(r.get()));
        }
        return out;
    }
}
