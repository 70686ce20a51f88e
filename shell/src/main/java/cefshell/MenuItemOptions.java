package cefshell;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a menu template (Electron's {@code MenuItemConstructorOptions}), for {@link Menu#buildFromTemplate} and
 * {@link MenuItem#MenuItem(MenuItemOptions)}. Immutable. Every field is optional, but an item needs a label, a role,
 * or the separator type; a {@link #submenu} makes it a submenu item.
 *
 * <pre>{@code
 * MenuItemOptions.builder().label("Edit").submenu(List.of(
 *         MenuItemOptions.role(MenuItem.Role.UNDO),
 *         MenuItemOptions.separator(),
 *         MenuItemOptions.builder().label("Word Wrap").type(MenuItem.Type.CHECKBOX).checked(true)
 *                 .accelerator("Alt+Z").click((item, window) -> wrap(item.isChecked())).build()))
 *         .build();
 * }</pre>
 */
public final class MenuItemOptions {
    private final String label;
    private final String id;
    private final MenuItem.Type type;
    private final MenuItem.Role role;
    private final String accelerator;
    private final Boolean registerAccelerator;
    private final boolean enabled;
    private final boolean visible;
    private final boolean checked;
    private final String toolTip;
    private final MenuItem.ClickListener click;
    private final List<MenuItemOptions> submenuTemplate;
    private final Menu submenu;

    private MenuItemOptions(Builder b) {
        this.label = b.label;
        this.id = b.id;
        this.type = b.type;
        this.role = b.role;
        this.accelerator = b.accelerator;
        this.registerAccelerator = b.registerAccelerator;
        this.enabled = b.enabled;
        this.visible = b.visible;
        this.checked = b.checked;
        this.toolTip = b.toolTip;
        this.click = b.click;
        this.submenuTemplate = b.submenuTemplate == null ? null : List.copyOf(b.submenuTemplate);
        this.submenu = b.submenu;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code {type: 'separator'}}. */
    public static MenuItemOptions separator() {
        return builder().type(MenuItem.Type.SEPARATOR).build();
    }

    /** {@code {role: ...}}: the role's label, accelerator and action. */
    public static MenuItemOptions role(MenuItem.Role role) {
        return builder().role(role).build();
    }

    /** {@code {label, click}}. */
    public static MenuItemOptions item(String label, MenuItem.ClickListener click) {
        return builder().label(label).click(click).build();
    }

    /** {@code {label, submenu: [...]}}. */
    public static MenuItemOptions submenu(String label, List<MenuItemOptions> items) {
        return builder().label(label).submenu(items).build();
    }

    /** Null when not given (the role's label, or ""). */
    public String label() { return label; }

    public String id() { return id; }

    /** Null when not given: submenu if there is one, else the role's type, else normal. */
    public MenuItem.Type type() { return type; }

    public MenuItem.Role role() { return role; }

    /** Null when not given (the role's accelerator, if any). */
    public String accelerator() { return accelerator; }

    /** Null when not given (true, except for the cut, copy and paste roles, as in Electron). */
    public Boolean registerAccelerator() { return registerAccelerator; }

    public boolean enabled() { return enabled; }

    public boolean visible() { return visible; }

    public boolean checked() { return checked; }

    public String toolTip() { return toolTip; }

    public MenuItem.ClickListener click() { return click; }

    /** The submenu given as a template, or null. */
    public List<MenuItemOptions> submenuTemplate() { return submenuTemplate; }

    /** The submenu given as a built {@link Menu}, or null. */
    public Menu submenu() { return submenu; }

    public static final class Builder {
        private String label;
        private String id;
        private MenuItem.Type type;
        private MenuItem.Role role;
        private String accelerator;
        private Boolean registerAccelerator;
        private boolean enabled = true;
        private boolean visible = true;
        private boolean checked;
        private String toolTip;
        private MenuItem.ClickListener click;
        private List<MenuItemOptions> submenuTemplate;
        private Menu submenu;

        private Builder() {
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /** Unique within a menu: {@link Menu#getMenuItemById} finds the item by it. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder type(MenuItem.Type type) {
            this.type = Objects.requireNonNull(type, "type == null");
            return this;
        }

        /** Gives the item the role's label, accelerator and action; a {@link #click} is then not called. */
        public Builder role(MenuItem.Role role) {
            this.role = Objects.requireNonNull(role, "role == null");
            return this;
        }

        /** Electron's accelerator syntax, e.g. {@code "CmdOrCtrl+Shift+Z"}, {@code "F11"}, {@code "Alt+Plus"}. */
        public Builder accelerator(String accelerator) {
            this.accelerator = accelerator;
            return this;
        }

        /** False: the accelerator is shown but does not trigger the item (the page keeps the key). */
        public Builder registerAccelerator(boolean register) {
            this.registerAccelerator = register;
            return this;
        }

        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public Builder visible(boolean visible) {
            this.visible = visible;
            return this;
        }

        /** For checkbox and radio items. */
        public Builder checked(boolean checked) {
            this.checked = checked;
            return this;
        }

        public Builder toolTip(String toolTip) {
            this.toolTip = toolTip;
            return this;
        }

        /** Called when the item is chosen (menu, popup or accelerator), on the shell's event thread. */
        public Builder click(MenuItem.ClickListener click) {
            this.click = click;
            return this;
        }

        /** The items of this item's submenu, built with {@link Menu#buildFromTemplate}. */
        public Builder submenu(List<MenuItemOptions> template) {
            this.submenuTemplate = Objects.requireNonNull(template, "template == null");
            this.submenu = null;
            return this;
        }

        public Builder submenu(Menu submenu) {
            this.submenu = Objects.requireNonNull(submenu, "submenu == null");
            this.submenuTemplate = null;
            return this;
        }

        public MenuItemOptions build() {
            return new MenuItemOptions(this);
        }
    }
}
