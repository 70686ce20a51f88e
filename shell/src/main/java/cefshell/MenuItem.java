package cefshell;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import cefshell.internal.browser.ShellThreads;
import cefshell.internal.ui.Accelerator;
import cefshell.internal.ui.SwingMenus;

/**
 * An item of a {@link Menu} (Electron's {@code MenuItem}): a command, a separator, a checkbox or radio item, or a
 * submenu. Label, enabled, visible and checked may be changed at any time, from any thread; every menu bar and popup
 * showing the item follows at once. The other properties are fixed when the item is made.
 *
 * <p>Choosing the item (in a window's menu bar, a popup, or by its accelerator) first flips a checkbox item's
 * {@code checked} (a radio item becomes checked and the others of its group unchecked), then runs the item's
 * {@link Role} if it has one, else its {@link ClickListener}, on the shell's event thread.
 */
public final class MenuItem {
    /** Electron's item types. */
    public enum Type { NORMAL, SEPARATOR, SUBMENU, CHECKBOX, RADIO }

    /** {@code click(menuItem, focusedWindow)}: the window the item was chosen in, or null when there is none. */
    @FunctionalInterface
    public interface ClickListener {
        void click(MenuItem menuItem, BrowserWindow focusedWindow);
    }

    /**
     * Electron's roles: a standard action with its standard label and accelerator (Electron's, for Linux and
     * Windows). The editing roles act on the focused frame of the window's page; cut, copy and paste show their
     * accelerator but leave the keys to the page (Electron's {@code registerAccelerator: false}), which performs them
     * itself. The {@code ...Menu} roles are submenus with Electron's standard items.
     */
    public enum Role {
        UNDO("undo", "Undo", "CommandOrControl+Z"),
        REDO("redo", "Redo", "Shift+CommandOrControl+Z"),
        CUT("cut", "Cut", "CommandOrControl+X"),
        COPY("copy", "Copy", "CommandOrControl+C"),
        PASTE("paste", "Paste", "CommandOrControl+V"),
        SELECT_ALL("selectAll", "Select All", "CommandOrControl+A"),
        RELOAD("reload", "Reload", "CmdOrCtrl+R"),
        FORCE_RELOAD("forceReload", "Force Reload", "Shift+CmdOrCtrl+R"),
        TOGGLE_DEV_TOOLS("toggleDevTools", "Toggle Developer Tools", "Ctrl+Shift+I"),
        RESET_ZOOM("resetZoom", "Actual Size", "CommandOrControl+0"),
        ZOOM_IN("zoomIn", "Zoom In", "CommandOrControl+Plus"),
        ZOOM_OUT("zoomOut", "Zoom Out", "CommandOrControl+-"),
        TOGGLE_FULL_SCREEN("togglefullscreen", "Toggle Full Screen", "F11"),
        MINIMIZE("minimize", "Minimize", "CommandOrControl+M"),
        CLOSE("close", "Close", "CommandOrControl+W"),
        QUIT("quit", "Quit", "CommandOrControl+Q"),
        /** File: Quit. */
        FILE_MENU("fileMenu", "File", null),
        /** Edit: Undo, Redo, Cut, Copy, Paste, Select All. */
        EDIT_MENU("editMenu", "Edit", null),
        /** View: Reload, Force Reload, Toggle Developer Tools, zoom, Toggle Full Screen. */
        VIEW_MENU("viewMenu", "View", null),
        /** Window: Minimize, Close. */
        WINDOW_MENU("windowMenu", "Window", null);

        private final String electronName;
        private final String label;
        private final String accelerator;

        Role(String electronName, String label, String accelerator) {
            this.electronName = electronName;
            this.label = label;
            this.accelerator = accelerator;
        }

        /** Electron's name of the role, e.g. {@code selectAll}, {@code togglefullscreen}. */
        public String electronName() {
            return electronName;
        }

        /** The label the item gets when it has none. */
        public String defaultLabel() {
            return label;
        }

        /** The accelerator the item gets when it has none; null for none. */
        public String defaultAccelerator() {
            return accelerator;
        }

        /**
         * The role with Electron's name {@code name}, case-insensitively ({@code "selectall"}, {@code "toggleDevTools"}).
         *
         * @throws IllegalArgumentException for a name that is not one of these roles
         */
        public static Role fromElectronName(String name) {
            for (Role r : values()) {
                if (r.electronName.equalsIgnoreCase(name)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("Unknown menu item role: " + name);
        }

        boolean registersAccelerator() {
            return this != CUT && this != COPY && this != PASTE;
        }

        List<MenuItemOptions> defaultSubmenu() {
            return switch (this) {
                case FILE_MENU -> List.of(MenuItemOptions.role(QUIT));
                case EDIT_MENU -> List.of(MenuItemOptions.role(UNDO), MenuItemOptions.role(REDO),
                        MenuItemOptions.separator(), MenuItemOptions.role(CUT), MenuItemOptions.role(COPY),
                        MenuItemOptions.role(PASTE), MenuItemOptions.separator(), MenuItemOptions.role(SELECT_ALL));
                case VIEW_MENU -> List.of(MenuItemOptions.role(RELOAD), MenuItemOptions.role(FORCE_RELOAD),
                        MenuItemOptions.role(TOGGLE_DEV_TOOLS), MenuItemOptions.separator(),
                        MenuItemOptions.role(RESET_ZOOM), MenuItemOptions.role(ZOOM_IN), MenuItemOptions.role(ZOOM_OUT),
                        MenuItemOptions.separator(), MenuItemOptions.role(TOGGLE_FULL_SCREEN));
                case WINDOW_MENU -> List.of(MenuItemOptions.role(MINIMIZE), MenuItemOptions.role(CLOSE));
                default -> null;
            };
        }
    }

    private final String id;
    private final Type type;
    private final Role role;
    private final String accelerator;
    private final Accelerator parsedAccelerator;
    private final boolean registerAccelerator;
    private final String toolTip;
    private final ClickListener click;
    private final Menu submenu;
    private volatile String label;
    private volatile boolean enabled;
    private volatile boolean visible;
    private volatile boolean checked;
    private volatile Menu menu;   // the menu it was added to
    private int groupId;          // radio items: the group, set when added to a menu

    /**
     * Electron's {@code new MenuItem(options)}.
     *
     * @throws IllegalArgumentException when the options give no label, role or separator type, a submenu type with
     *         no submenu, or an accelerator that does not parse
     */
    public MenuItem(MenuItemOptions options) {
        Objects.requireNonNull(options, "options == null");
        if (options.label() == null && options.role() == null && options.type() != Type.SEPARATOR) {
            throw new IllegalArgumentException("Invalid template for MenuItem: must have at least one of label, role "
                    + "or type");
        }
        this.id = options.id();
        this.role = options.role();
        if (options.submenu() != null) {
            this.submenu = options.submenu();
        } else if (options.submenuTemplate() != null) {
            this.submenu = Menu.buildFromTemplate(options.submenuTemplate());
        } else if (role != null && role.defaultSubmenu() != null) {
            this.submenu = Menu.buildFromTemplate(role.defaultSubmenu());
        } else {
            this.submenu = null;
        }
        Type t = options.type() != null ? options.type() : submenu != null ? Type.SUBMENU : Type.NORMAL;
        if (t == Type.SUBMENU && submenu == null) {
            throw new IllegalArgumentException("Invalid submenu");
        }
        this.type = t;
        this.accelerator = options.accelerator() != null ? options.accelerator()
                : role != null ? role.defaultAccelerator() : null;
        this.parsedAccelerator = accelerator == null ? null : Accelerator.parse(accelerator);
        this.registerAccelerator = options.registerAccelerator() != null ? options.registerAccelerator()
                : role == null || role.registersAccelerator();
        this.toolTip = options.toolTip();
        this.click = options.click();
        this.label = options.label() != null ? options.label() : role != null ? role.defaultLabel() : "";
        this.enabled = options.enabled();
        this.visible = options.visible();
        this.checked = options.checked();
    }

    public String id() {
        return id;
    }

    public Type type() {
        return type;
    }

    /** The role, or null. */
    public Role role() {
        return role;
    }

    /** The accelerator string (given, or the role's), or null. */
    public String accelerator() {
        return accelerator;
    }

    /** Whether the accelerator triggers the item (else it is only shown). */
    public boolean registerAccelerator() {
        return registerAccelerator;
    }

    public String toolTip() {
        return toolTip;
    }

    /** The submenu, or null. */
    public Menu submenu() {
        return submenu;
    }

    /** The menu the item is in, or null before it was added to one. */
    public Menu menu() {
        return menu;
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = Objects.requireNonNull(label, "label == null");
        SwingMenus.itemChanged(this);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** A disabled item is greyed out; neither clicks nor its accelerator trigger it. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        SwingMenus.itemChanged(this);
    }

    public boolean isVisible() {
        return visible;
    }

    /** A hidden item is not shown; its accelerator still works, as in Electron on Linux and Windows. */
    public void setVisible(boolean visible) {
        this.visible = visible;
        SwingMenus.itemChanged(this);
    }

    public boolean isChecked() {
        return checked;
    }

    /** For checkbox and radio items; checking a radio item unchecks the other items of its group. */
    public void setChecked(boolean checked) {
        Menu m = menu;
        if (checked && type == Type.RADIO && m != null) {
            m.checkInGroup(this);
        } else {
            this.checked = checked;
            SwingMenus.itemChanged(this);
        }
    }

    /**
     * Chooses the item, as a click on it does (Electron's {@code menuItem.click}): a checkbox item flips, a radio item
     * becomes the checked one of its group, then the role or the click listener runs on the shell's event thread.
     * Returns at once; may be called from any thread.
     *
     * @param focusedWindow the window the item is chosen for (a role acts on it and its page); may be null
     */
    public void click(BrowserWindow focusedWindow) {
        if (type == Type.CHECKBOX) {
            setChecked(!checked);
        } else if (type == Type.RADIO) {
            setChecked(true);
        }
        ShellThreads.event(() -> {
            if (role != null && MenuRoles.execute(role, focusedWindow)) {
                return;
            }
            if (click != null) {
                click.click(this, focusedWindow);
            }
        });
    }

    @Override
    public String toString() {
        return "MenuItem[" + type.name().toLowerCase(Locale.ROOT) + (label.isEmpty() ? "" : " '" + label + "'")
                + (id == null ? "" : " #" + id) + "]";
    }

    // ---- for Menu, within the package ----

    Accelerator parsedAccelerator() {
        return parsedAccelerator;
    }

    void addedTo(Menu m, int group) {
        if (menu != null && menu != m) {
            throw new IllegalArgumentException(this + " is already in another menu");
        }
        this.menu = m;
        this.groupId = group;
    }

    int groupId() {
        return groupId;
    }

    /** Sets the state without group logic (the menu does the group). */
    void setCheckedOnly(boolean checked) {
        this.checked = checked;
        SwingMenus.itemChanged(this);
    }
}
