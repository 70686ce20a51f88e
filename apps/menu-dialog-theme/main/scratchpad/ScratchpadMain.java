package scratchpad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.ContextMenuParams;
import cefshell.Dialog;
import cefshell.FileFilter;
import cefshell.Menu;
import cefshell.MenuItem;
import cefshell.MenuItemOptions;
import cefshell.MessageBoxOptions;
import cefshell.NativeTheme;
import cefshell.OpenDialogOptions;
import cefshell.SaveDialogOptions;

/**
 * A text scratchpad showing dialog, Menu and nativeTheme together: File opens and saves text files through the
 * open and save dialogs, Edit is Electron's standard edit menu, View switches the theme with radio items (the page
 * follows with prefers-color-scheme), Help shows a message box, and a right click in the page opens a context menu.
 */
public class ScratchpadMain implements AppMain {
    private static final FileFilter TEXT = new FileFilter("Text", "txt", "md");
    private AppContext app;
    private BrowserWindow win;
    private volatile String text = ""; // what the page's textarea holds, as the page last told

    @Override
    public void start(AppContext app) {
        this.app = app;
        NativeTheme theme = app.shell().nativeTheme();
        app.ipcMain().on("text:changed", (event, args) -> text = args.get(0, String.class));

        Menu.setApplicationMenu(Menu.buildFromTemplate(List.of(
                MenuItemOptions.submenu("&File", List.of(
                        MenuItemOptions.builder().label("Open…").accelerator("CmdOrCtrl+O")
                                .click((item, window) -> open()).build(),
                        MenuItemOptions.builder().label("Save As…").accelerator("CmdOrCtrl+Shift+S")
                                .click((item, window) -> saveAs()).build(),
                        MenuItemOptions.separator(),
                        MenuItemOptions.role(MenuItem.Role.QUIT))),
                MenuItemOptions.role(MenuItem.Role.EDIT_MENU),
                MenuItemOptions.submenu("&View", List.of(
                        themeItem("System Theme", NativeTheme.Source.SYSTEM, theme),
                        themeItem("Light", NativeTheme.Source.LIGHT, theme),
                        themeItem("Dark", NativeTheme.Source.DARK, theme),
                        MenuItemOptions.separator(),
                        MenuItemOptions.role(MenuItem.Role.RELOAD),
                        MenuItemOptions.role(MenuItem.Role.TOGGLE_DEV_TOOLS),
                        MenuItemOptions.separator(),
                        MenuItemOptions.role(MenuItem.Role.RESET_ZOOM),
                        MenuItemOptions.role(MenuItem.Role.ZOOM_IN),
                        MenuItemOptions.role(MenuItem.Role.ZOOM_OUT),
                        MenuItemOptions.separator(),
                        MenuItemOptions.role(MenuItem.Role.TOGGLE_FULL_SCREEN))),
                MenuItemOptions.submenu("&Help", List.of(
                        MenuItemOptions.item("About Scratchpad", (item, window) -> about()))))));

        win = app.createWindow();
        theme.onUpdated(() -> win.webContents().send("theme:changed", theme.shouldUseDarkColors()));
        win.webContents().onContextMenu(this::contextMenu);
    }

    private static MenuItemOptions themeItem(String label, NativeTheme.Source source, NativeTheme theme) {
        return MenuItemOptions.builder().label(label).id("theme-" + source.name().toLowerCase())
                .type(MenuItem.Type.RADIO).checked(theme.themeSource() == source)
                .click((item, window) -> theme.setThemeSource(source)).build();
    }

    private void open() {
        Dialog.showOpenDialog(win, OpenDialogOptions.builder().title("Open a text file").filters(TEXT).build())
                .thenAccept(result -> {
                    if (result.canceled()) {
                        return;
                    }
                    Path file = result.filePaths().get(0);
                    try {
                        String content = Files.readString(file, StandardCharsets.UTF_8);
                        win.webContents().send("file:opened", file.getFileName().toString(), content);
                    } catch (IOException e) {
                        Dialog.showErrorBox("Cannot open " + file.getFileName(), e.toString());
                    }
                });
    }

    private void saveAs() {
        Dialog.showSaveDialog(win, SaveDialogOptions.builder().title("Save the text").filters(TEXT).build())
                .thenAccept(result -> {
                    if (result.canceled()) {
                        return;
                    }
                    try {
                        Files.writeString(result.filePath(), text, StandardCharsets.UTF_8);
                        win.webContents().send("file:saved", result.filePath().getFileName().toString());
                    } catch (IOException e) {
                        Dialog.showErrorBox("Cannot save " + result.filePath().getFileName(), e.toString());
                    }
                });
    }

    private void about() {
        Dialog.showMessageBox(win, MessageBoxOptions.builder("Scratchpad")
                .detail("A cefshell sample: dialog, Menu and nativeTheme, served from " + app.origin())
                .title("About").build());
    }

    /** The page asked for a context menu: editing roles where one can type, the theme everywhere. */
    private void contextMenu(ContextMenuParams params) {
        List<MenuItemOptions> items = params.isEditable()
                ? List.of(MenuItemOptions.role(MenuItem.Role.CUT), MenuItemOptions.role(MenuItem.Role.COPY),
                        MenuItemOptions.role(MenuItem.Role.PASTE), MenuItemOptions.separator(),
                        MenuItemOptions.role(MenuItem.Role.SELECT_ALL), MenuItemOptions.separator(),
                        MenuItemOptions.item("Toggle Dark", (item, window) -> toggleDark()))
                : List.of(MenuItemOptions.item("Toggle Dark", (item, window) -> toggleDark()));
        Menu.buildFromTemplate(items).popup(Menu.PopupOptions.builder().window(win).at(params.x(), params.y()).build());
    }

    private void toggleDark() {
        NativeTheme theme = app.shell().nativeTheme();
        theme.setThemeSource(theme.shouldUseDarkColors() ? NativeTheme.Source.LIGHT : NativeTheme.Source.DARK);
        Menu.getApplicationMenu().getMenuItemById("theme-" + theme.themeSource().name().toLowerCase()).setChecked(true);
    }
}
