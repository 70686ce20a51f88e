package ipcpattern3;

import java.util.List;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Menu;
import cefshell.MenuItemOptions;
import cefshell.WebPreferences;

/**
 * The main.js of Electron's IPC tutorial, "Pattern 3: Main to renderer" (docs/fiddles/ipc/pattern-3), line by line
 * in Java. The page, renderer.js and preload.js beside this folder are Electron's files, unchanged.
 */
public class IpcPattern3Main implements AppMain {
    private AppContext app;

    // main.js 4-33: function createWindow () { const mainWindow = new BrowserWindow({...}); const menu = ...;
    //               Menu.setApplicationMenu(menu); mainWindow.loadFile('index.html'); mainWindow.webContents.openDevTools() }
    private void createWindow() {
        BrowserWindow mainWindow = app.createWindow(BrowserWindowOptions.builder()
                        .webPreferences(WebPreferences.builder()
                                .preload(app.folder().resolve("preload.js")) // path.join(__dirname, 'preload.js')
                                .build())
                        .build(),
                app.origin() + "/index.html");                               // mainWindow.loadFile('index.html')

        Menu menu = Menu.buildFromTemplate(List.of(
                MenuItemOptions.builder()
                        .label(app.name())                                   // label: app.name
                        .submenu(List.of(
                                MenuItemOptions.builder()
                                        .click((item, window) -> mainWindow.webContents().send("update-counter", 1))
                                        .label("Increment")
                                        .build(),
                                MenuItemOptions.builder()
                                        .click((item, window) -> mainWindow.webContents().send("update-counter", -1))
                                        .label("Decrement")
                                        .build()))
                        .build()));

        Menu.setApplicationMenu(menu);

        // Open the DevTools.
        mainWindow.webContents().openDevTools();
    }

    // main.js 35-45: app.whenReady().then(() => { ipcMain.on('counter-value', (_event, value) => { console.log(value) });
    //                createWindow(); app.on('activate', ...) })
    // start() runs once the shell is ready, as whenReady's callback does. 'activate' (macOS: the dock icon clicked
    // with no window open) has no counterpart here. The page's numbers arrive as Double; printed as Node prints them.
    @Override
    public void start(AppContext app) {
        this.app = app;
        app.ipcMain().on("counter-value", (event, args) -> {
            double value = args.get(0, Double.class);
            System.out.println(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
        });
        createWindow();
    }

    // main.js 47-49: app.on('window-all-closed', function () { if (process.platform !== 'darwin') app.quit() })
    // `shell run` already ends the app when its last window closes, on every platform.
}
