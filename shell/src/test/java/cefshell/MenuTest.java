package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.SwingTree;
import cefshell.testing.TestWindows;

/** Electron's Menu in a window's Swing menu bar and as a popup, clicked through the Swing component tree. */
@ExtendWith(ShellExtension.class)
class MenuTest {
    private static final String PAGE = "<html><body>menu</body></html>";

    @Test
    void aMenuBarItemRunsItsClickWithItsWindowOnTheEventThread(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        LinkedBlockingQueue<Object[]> clicks = new LinkedBlockingQueue<>();
        Menu menu = Menu.buildFromTemplate(List.of(MenuItemOptions.submenu("&Counter", List.of(
                MenuItemOptions.builder().label("Increment").id("inc").accelerator("CmdOrCtrl+Up")
                        .click((item, window) -> clicks.add(new Object[] {item, window, Thread.currentThread().getName(),
                                SwingUtilities.isEventDispatchThread()}))
                        .build()))));
        w.setMenu(menu);

        JMenuBar bar = SwingTree.onEdt(() -> w.frame().getJMenuBar());
        JMenu counter = SwingTree.onEdt(() -> (JMenu) bar.getMenu(0));
        assertEquals("Counter", SwingTree.onEdt(counter::getText), "& marks the mnemonic");
        assertEquals('C', SwingTree.onEdt(counter::getMnemonic));
        pressMenuItem(bar, "Increment");
        Object[] click = clicks.poll(10, TimeUnit.SECONDS);
        assertSame(menu.getMenuItemById("inc"), click[0]);
        assertSame(w, click[1]);
        assertEquals("cefshell-events", click[2]);
        assertEquals(false, click[3]);
        JMenuItem inc = item(bar, "Increment");
        assertEquals("ctrl pressed UP", SwingTree.onEdt(() -> inc.getAccelerator().toString()));

        w.removeMenu();
        assertNull(SwingTree.onEdt(() -> w.frame().getJMenuBar()));
    }

    @Test
    void checkboxItemsFlipAndRadioItemsCheckOnePerGroup(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        LinkedBlockingQueue<Boolean> states = new LinkedBlockingQueue<>();
        Menu menu = Menu.buildFromTemplate(List.of(MenuItemOptions.submenu("View", List.of(
                MenuItemOptions.builder().label("Wrap").id("wrap").type(MenuItem.Type.CHECKBOX)
                        .click((item, window) -> states.add(item.isChecked())).build(),
                MenuItemOptions.separator(),
                MenuItemOptions.builder().label("Small").id("small").type(MenuItem.Type.RADIO).build(),
                MenuItemOptions.builder().label("Large").id("large").type(MenuItem.Type.RADIO).build()))));
        w.setMenu(menu);
        MenuItem wrap = menu.getMenuItemById("wrap");
        MenuItem small = menu.getMenuItemById("small");
        MenuItem large = menu.getMenuItemById("large");
        assertTrue(small.isChecked(), "a radio group shown with none checked gets its first one checked");
        JMenuBar bar = SwingTree.onEdt(() -> w.frame().getJMenuBar());

        pressMenuItem(bar, "Wrap");
        assertEquals(true, states.poll(10, TimeUnit.SECONDS), "the click sees the flipped state");
        assertTrue(wrap.isChecked());
        pressMenuItem(bar, "Wrap");
        assertEquals(false, states.poll(10, TimeUnit.SECONDS));

        pressMenuItem(bar, "Large");
        assertTrue(large.isChecked());
        assertFalse(small.isChecked());
        Awaits.until("Swing shows the group", 10, TimeUnit.SECONDS, () -> SwingTree.onEdt(() ->
                ((JRadioButtonMenuItem) item(bar, "Large")).isSelected()
                        && !((JRadioButtonMenuItem) item(bar, "Small")).isSelected()));
        pressMenuItem(bar, "Large");
        assertTrue(large.isChecked(), "choosing the checked radio item keeps it checked");

        wrap.setChecked(true);
        Awaits.until("Swing follows setChecked", 10, TimeUnit.SECONDS,
                () -> SwingTree.onEdt(() -> ((JCheckBoxMenuItem) item(bar, "Wrap")).isSelected()));
    }

    @Test
    void theApplicationMenuIsEveryWindowsAndFollowsChanges(TestWindows t) throws Exception {
        BrowserWindow before = t.page(PAGE);
        LinkedBlockingQueue<BrowserWindow> clicks = new LinkedBlockingQueue<>();
        Menu menu = Menu.buildFromTemplate(List.of(MenuItemOptions.submenu("File", List.of(
                MenuItemOptions.builder().label("Open").id("open").click((item, window) -> clicks.add(window)).build()))));
        try {
            Menu.setApplicationMenu(menu);
            assertSame(menu, Menu.getApplicationMenu());
            BrowserWindow after = t.page(PAGE);
            JMenuBar barBefore = SwingTree.onEdt(() -> before.frame().getJMenuBar());
            JMenuBar barAfter = SwingTree.onEdt(() -> after.frame().getJMenuBar());
            pressMenuItem(barAfter, "Open");
            assertSame(after, clicks.poll(10, TimeUnit.SECONDS), "each window's bar acts for its window");
            pressMenuItem(barBefore, "Open");
            assertSame(before, clicks.poll(10, TimeUnit.SECONDS));

            MenuItem open = menu.getMenuItemById("open");
            open.setLabel("Open…");
            open.setEnabled(false);
            Awaits.until("both bars show the new label, disabled", 10, TimeUnit.SECONDS, () -> SwingTree.onEdt(() ->
                    !item(barBefore, "Open…").isEnabled() && !item(barAfter, "Open…").isEnabled()));
            open.setVisible(false);
            Awaits.until("hidden", 10, TimeUnit.SECONDS, () -> SwingTree.onEdt(() -> !item(barAfter, "Open…").isVisible()));

            menu.getMenuItemById("open").menu().append(new MenuItem(MenuItemOptions.builder().label("Save").id("save")
                    .click((item, window) -> clicks.add(window)).build()));
            Awaits.until("the appended item shows", 10, TimeUnit.SECONDS,
                    () -> SwingTree.onEdt(() -> findItem(barBefore, "Save") != null));
            pressMenuItem(barBefore, "Save");
            assertSame(before, clicks.poll(10, TimeUnit.SECONDS));
        } finally {
            Menu.setApplicationMenu(null);
        }
        assertNull(SwingTree.onEdt(() -> before.frame().getJMenuBar()), "null removes the menu bars");
    }

    @Test
    void buildFromTemplateFoldsSeparatorsAndRolesGetElectronsLabelsAndAccelerators() {
        Menu menu = Menu.buildFromTemplate(List.of(
                MenuItemOptions.separator(),
                MenuItemOptions.role(MenuItem.Role.UNDO),
                MenuItemOptions.separator(),
                MenuItemOptions.separator(),
                MenuItemOptions.builder().role(MenuItem.Role.COPY).label("Copy it").build(),
                MenuItemOptions.separator()));
        List<MenuItem> items = menu.items();
        assertEquals(3, items.size());
        assertEquals("Undo", items.get(0).label());
        assertEquals("CommandOrControl+Z", items.get(0).accelerator());
        assertEquals(MenuItem.Type.SEPARATOR, items.get(1).type());
        assertEquals("Copy it", items.get(2).label());
        assertFalse(items.get(2).registerAccelerator(), "copy leaves Ctrl+C to the page, as in Electron");
        assertEquals(MenuItem.Role.TOGGLE_FULL_SCREEN, MenuItem.Role.fromElectronName("togglefullscreen"));
        assertEquals(MenuItem.Role.SELECT_ALL, MenuItem.Role.fromElectronName("selectall"));
        Menu edit = Menu.buildFromTemplate(List.of(MenuItemOptions.role(MenuItem.Role.EDIT_MENU)));
        assertEquals("Edit", edit.items().get(0).label());
        assertEquals(List.of("Undo", "Redo", "", "Cut", "Copy", "Paste", "", "Select All"),
                edit.items().get(0).submenu().items().stream().map(MenuItem::label).toList());
    }

    @Test
    void aPopupShowsWhereAskedAndItsItemActsForItsWindow(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        Menu menu = Menu.buildFromTemplate(List.of(
                MenuItemOptions.item("Inspect", (item, window) -> events.add("inspect " + (window == w))),
                MenuItemOptions.submenu("More", List.of(
                        MenuItemOptions.item("Deeper", (item, window) -> events.add("deeper " + (window == w)))))));
        menu.popup(Menu.PopupOptions.builder().window(w).at(30, 40).callback(() -> events.add("closed")).build());
        JPopupMenu popup = SwingTree.await(JPopupMenu.class, p -> p.isShowing() && p.getInvoker() != null
                && SwingUtilities.getWindowAncestor(p.getInvoker()) == w.frame());
        Point at = SwingTree.onEdt(() -> {
            Point p = popup.getLocationOnScreen();
            SwingUtilities.convertPointFromScreen(p, w.frame().getContentPane());
            return p;
        });
        assertEquals(new Point(30, 40), at, "at (x, y) of the page");
        SwingTree.onEdt(() -> {
            // as Swing's menu item UI does on a click: close the menus, then fire the item
            javax.swing.MenuSelectionManager.defaultManager().clearSelectedPath();
            findItem(popup, "Inspect").doClick();
        });
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(events.poll(10, TimeUnit.SECONDS));
        seen.add(events.poll(10, TimeUnit.SECONDS));
        assertEquals(java.util.Set.of("inspect true", "closed"), seen, "the item acted and the menu closed");

        menu.popup(Menu.PopupOptions.builder().window(w).at(5, 5).build());
        JPopupMenu again = SwingTree.await(JPopupMenu.class, p -> p.isShowing() && p != popup
                && SwingUtilities.getWindowAncestor(p.getInvoker()) == w.frame());
        SwingTree.onEdt(() -> findItem(again, "Deeper").doClick());
        assertEquals("deeper true", events.poll(10, TimeUnit.SECONDS), "a submenu's item knows the window too");
        menu.closePopup();
        Awaits.until("closed", 10, TimeUnit.SECONDS, () -> !SwingTree.onEdt(again::isShowing));
    }

    /** Clicks the item labelled {@code label} in the bar's menus (as a user choosing it would). */
    static void pressMenuItem(JMenuBar bar, String label) {
        SwingTree.onEdt(() -> {
            JMenuItem item = findItem(bar, label);
            if (item == null) {
                throw new AssertionError("no menu item '" + label + "'");
            }
            item.doClick();
        });
    }

    static JMenuItem item(JMenuBar bar, String label) {
        return SwingTree.onEdt(() -> {
            JMenuItem i = findItem(bar, label);
            if (i == null) {
                throw new AssertionError("no menu item '" + label + "'");
            }
            return i;
        });
    }

    /** The item labelled {@code label} under {@code root}, submenus' popups included; EDT. */
    static JMenuItem findItem(java.awt.Component root, String label) {
        for (JMenuItem i : SwingTree.all(root, JMenuItem.class)) {
            if (label.equals(i.getText())) {
                return i;
            }
            if (i instanceof JMenu m) {
                JMenuItem found = findItem(m.getPopupMenu(), label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
