package cefshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import cefshell.internal.browser.ShellThreads;
import cefshell.internal.browser.Swing;
import cefshell.internal.ui.SwingMenus;

/**
 * A menu (Electron's {@code Menu}): a window's menu bar ({@link #setApplicationMenu}, {@link BrowserWindow#setMenu})
 * or a context menu ({@link #popup}), shown with Swing ({@code JMenuBar}, {@code JPopupMenu}).
 *
 * <pre>{@code
 * Menu menu = Menu.buildFromTemplate(List.of(
 *         MenuItemOptions.submenu("Counter", List.of(
 *                 MenuItemOptions.builder().label("Increment").accelerator("CmdOrCtrl+Up")
 *                         .click((item, window) -> window.webContents().send("update-counter", 1)).build(),
 *                 MenuItemOptions.separator(),
 *                 MenuItemOptions.role(MenuItem.Role.QUIT))),
 *         MenuItemOptions.builder().role(MenuItem.Role.EDIT_MENU).build()));
 * Menu.setApplicationMenu(menu);
 * }</pre>
 *
 * <p><b>Accelerators</b> work while the page has the keyboard as well as while a Swing component of the window has
 * it: keys the page does not handle (its {@code keydown} listeners did not call {@code preventDefault}) are matched
 * against the window's menu, as Electron does on Linux and Windows. Disabled items do not fire; hidden ones do.
 *
 * <p><b>Threads.</b> Every method may be called from any thread; Swing work happens on the EDT. Click listeners and
 * roles run on the shell's event thread, never on the EDT or a CEF thread.
 */
public final class Menu {
    private static final AtomicInteger NEXT_GROUP = new AtomicInteger();
    private static volatile Menu applicationMenu;

    private final List<MenuItem> items = new CopyOnWriteArrayList<>();

    /** An empty menu; add items with {@link #append} and {@link #insert}. */
    public Menu() {
    }

    /**
     * Electron's {@code Menu.buildFromTemplate}: a menu with an item for each entry (submenus built likewise);
     * adjacent separators are folded into one and separators at either end dropped, as Electron does.
     *
     * @throws IllegalArgumentException when an entry has no label, role or separator type
     */
    public static Menu buildFromTemplate(List<MenuItemOptions> template) {
        Objects.requireNonNull(template, "template == null");
        Menu menu = new Menu();
        for (MenuItemOptions o : withoutExtraSeparators(template)) {
            menu.append(new MenuItem(Objects.requireNonNull(o, "a template entry is null")));
        }
        return menu;
    }

    private static List<MenuItemOptions> withoutExtraSeparators(List<MenuItemOptions> template) {
        List<MenuItemOptions> folded = new ArrayList<>();
        for (MenuItemOptions o : template) {
            boolean separator = o != null && o.type() == MenuItem.Type.SEPARATOR && o.visible();
            if (separator && !folded.isEmpty() && isSeparator(folded.get(folded.size() - 1))) {
                continue;
            }
            folded.add(o);
        }
        while (!folded.isEmpty() && isSeparator(folded.get(0))) {
            folded.remove(0);
        }
        while (!folded.isEmpty() && isSeparator(folded.get(folded.size() - 1))) {
            folded.remove(folded.size() - 1);
        }
        return folded;
    }

    private static boolean isSeparator(MenuItemOptions o) {
        return o != null && o.type() == MenuItem.Type.SEPARATOR && o.visible();
    }

    /**
     * Sets the menu bar of every window, open now or opened later (Electron on Linux and Windows); null removes the
     * menu bars. A window's own {@link BrowserWindow#setMenu} replaces it for that window.
     */
    public static void setApplicationMenu(Menu menu) {
        applicationMenu = menu;
        Shell shell;
        try {
            shell = Shell.current();
        } catch (IllegalStateException notStarted) {
            return; // windows opened later get it
        }
        for (BrowserWindow w : shell.windows()) {
            w.setMenu(menu);
        }
    }

    /** The menu set by {@link #setApplicationMenu}, or null. */
    public static Menu getApplicationMenu() {
        return applicationMenu;
    }

    /** The items, in order (a snapshot). */
    public List<MenuItem> items() {
        return List.copyOf(items);
    }

    /** Adds {@code item} at the end. */
    public void append(MenuItem item) {
        insert(items.size(), item);
    }

    /**
     * Adds {@code item} at {@code pos}; menu bars and popups showing this menu follow.
     *
     * @throws IndexOutOfBoundsException when {@code pos} is below 0 or past the item count
     * @throws IllegalArgumentException when the item is already in another menu
     */
    public void insert(int pos, MenuItem item) {
        Objects.requireNonNull(item, "item == null");
        synchronized (this) {
            if (pos < 0) {
                throw new IndexOutOfBoundsException("Position " + pos + " cannot be less than 0");
            }
            if (pos > items.size()) {
                throw new IndexOutOfBoundsException("Position " + pos + " cannot be greater than the total MenuItem count");
            }
            item.addedTo(this, item.type() == MenuItem.Type.RADIO ? radioGroupAt(pos) : 0);
            items.add(pos, item);
        }
        SwingMenus.menuChanged(this);
    }

    /** Electron's grouping: a radio item joins the radio items next to it, up to a separator. */
    private int radioGroupAt(int pos) {
        if (pos > 0) {
            for (int i = pos - 1; i >= 0; i--) {
                MenuItem it = items.get(i);
                if (it.type() == MenuItem.Type.RADIO) {
                    return it.groupId();
                }
                if (it.type() == MenuItem.Type.SEPARATOR) {
                    break;
                }
            }
        } else {
            for (int i = pos; i < items.size(); i++) {
                MenuItem it = items.get(i);
                if (it.type() == MenuItem.Type.RADIO) {
                    return it.groupId();
                }
                if (it.type() == MenuItem.Type.SEPARATOR) {
                    break;
                }
            }
        }
        return NEXT_GROUP.incrementAndGet();
    }

    /** The item with this id, here or in a submenu (depth first, as Electron searches); null if none. */
    public MenuItem getMenuItemById(String id) {
        for (MenuItem item : items) {
            if (Objects.equals(id, item.id())) {
                return item;
            }
        }
        for (MenuItem item : items) {
            if (item.submenu() != null) {
                MenuItem found = item.submenu().getMenuItemById(id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** {@link #popup(PopupOptions)} in the focused window, at the mouse pointer. */
    public void popup() {
        popup(PopupOptions.builder().build());
    }

    /**
     * Shows this menu as a context menu (Electron's {@code menu.popup}); returns at once. Without a window in the
     * options, the focused window is used, else the first open one.
     *
     * @throws IllegalStateException "Cannot open Menu without a BaseWindow present" when no window is open
     */
    public void popup(PopupOptions options) {
        Objects.requireNonNull(options, "options == null");
        BrowserWindow window = options.window();
        if (window == null || window.isDestroyed()) {
            window = BrowserWindow.getFocusedWindow();
            if (window == null) {
                window = Shell.current().windows().stream().findFirst().orElse(null);
            }
            if (window == null) {
                throw new IllegalStateException("Cannot open Menu without a BaseWindow present");
            }
        }
        menuWillShow();
        BrowserWindow w = window;
        Runnable callback = options.callback();
        Swing.later(() -> SwingMenus.popup(this, w, w.frame().getContentPane(), options.x(), options.y(),
                callback == null ? null : () -> ShellThreads.event(callback)));
    }

    /** Closes this menu's context menus, in every window. */
    public void closePopup() {
        Swing.later(() -> SwingMenus.closePopups(this));
    }

    // ---- within the package ----

    /** Electron's {@code _menuWillShow}: a radio group with no checked item gets its first one checked. */
    void menuWillShow() {
        List<Integer> seen = new ArrayList<>();
        for (MenuItem item : items) {
            if (item.type() == MenuItem.Type.RADIO && !seen.contains(item.groupId())) {
                seen.add(item.groupId());
                if (items.stream().noneMatch(i -> i.groupId() == item.groupId() && i.isChecked())) {
                    item.setCheckedOnly(true);
                }
            }
            if (item.submenu() != null) {
                item.submenu().menuWillShow();
            }
        }
    }

    /** Checks {@code item}, unchecking the other radio items of its group. */
    synchronized void checkInGroup(MenuItem item) {
        for (MenuItem other : items) {
            if (other != item && other.type() == MenuItem.Type.RADIO && other.groupId() == item.groupId()
                    && other.isChecked()) {
                other.setCheckedOnly(false);
            }
        }
        item.setCheckedOnly(true);
    }

    /**
     * On CEF's UI thread, a key the page did not handle: chooses the item of {@code menu} (may be null) it is the
     * accelerator of, for {@code window}, and says whether the key is one of the menu's accelerators (other keys,
     * such as a menu's Alt+letter mnemonic, go on to Swing's key bindings). The item's action runs elsewhere.
     */
    static boolean accelerate(Menu menu, BrowserWindow window, int keyCode, int modifiers) {
        if (menu == null) {
            return false;
        }
        MenuItem item = menu.itemForKey(keyCode, modifiers);
        if (item != null) {
            item.click(window); // flips its state and queues the action on the event thread
            return true;
        }
        // a disabled item's key, or one only shown (copy): taken, so that Swing's binding of it does not fire either
        return menu.hasAccelerator(keyCode, modifiers);
    }

    private boolean hasAccelerator(int keyCode, int modifiers) {
        for (MenuItem item : items) {
            if (item.submenu() != null ? item.submenu().hasAccelerator(keyCode, modifiers)
                    : item.parsedAccelerator() != null && item.parsedAccelerator().matches(keyCode, modifiers)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The enabled item whose registered accelerator is this key press (Chromium's key code, {@code Accelerator}
     * modifier bits), here or in an enabled submenu; null if none. Cheap, and safe on any thread.
     */
    MenuItem itemForKey(int keyCode, int modifiers) {
        for (MenuItem item : items) {
            if (!item.isEnabled()) {
                continue;
            }
            if (item.submenu() != null) {
                MenuItem found = item.submenu().itemForKey(keyCode, modifiers);
                if (found != null) {
                    return found;
                }
            } else if (item.registerAccelerator() && item.parsedAccelerator() != null
                    && item.parsedAccelerator().matches(keyCode, modifiers)) {
                return item;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Menu" + items;
    }

    /** Where and how {@link #popup(PopupOptions)} shows the menu (Electron's popup options). Immutable. */
    public static final class PopupOptions {
        private final BrowserWindow window;
        private final Integer x;
        private final Integer y;
        private final Runnable callback;

        private PopupOptions(Builder b) {
            this.window = b.window;
            this.x = b.x;
            this.y = b.y;
            this.callback = b.callback;
        }

        public static Builder builder() {
            return new Builder();
        }

        /** The window to show the menu in; null for the focused one. */
        public BrowserWindow window() { return window; }

        /** Left edge, relative to the window's page (as a context-menu event's {@code x}); null for the pointer's. */
        public Integer x() { return x; }

        public Integer y() { return y; }

        /** Run on the shell's event thread when the menu closes, chosen or not; may be null. */
        public Runnable callback() { return callback; }

        public static final class Builder {
            private BrowserWindow window;
            private Integer x;
            private Integer y;
            private Runnable callback;

            private Builder() {
            }

            public Builder window(BrowserWindow window) {
                this.window = window;
                return this;
            }

            /** The position in the page's coordinates, e.g. a context-menu event's {@code x} and {@code y}. */
            public Builder at(int x, int y) {
                this.x = x;
                this.y = y;
                return this;
            }

            public Builder callback(Runnable callback) {
                this.callback = callback;
                return this;
            }

            public PopupOptions build() {
                return new PopupOptions(this);
            }
        }
    }
}
