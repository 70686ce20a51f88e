package darkmode;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.NativeTheme;
import cefshell.Undefined;
import cefshell.WebPreferences;

/**
 * The main.js of Electron's "Dark Mode" example (docs/fiddles/features/dark-mode), line by line in Java. The page,
 * renderer.js, preload.js and styles.css beside this folder are Electron's files, unchanged.
 */
public class DarkModeMain implements AppMain {
    private AppContext app;

    // main.js 4-14: function createWindow () { const win = new BrowserWindow({...}); win.loadFile('index.html') }
    private void createWindow() {
        BrowserWindow win = app.createWindow(BrowserWindowOptions.builder()
                        .size(800, 600)                                      // width: 800, height: 600
                        .webPreferences(WebPreferences.builder()
                                .preload(app.folder().resolve("preload.js")) // path.join(__dirname, 'preload.js')
                                .build())
                        .build(),
                app.origin() + "/index.html");                               // win.loadFile('index.html')
    }

    // main.js 16-27: ipcMain.handle('dark-mode:toggle', ...) and ipcMain.handle('dark-mode:system', ...)
    private void registerHandlers() {
        NativeTheme nativeTheme = app.shell().nativeTheme();
        app.ipcMain().handle("dark-mode:toggle", (event, args) -> {
            if (nativeTheme.shouldUseDarkColors()) {
                nativeTheme.setThemeSource(NativeTheme.Source.LIGHT);  // nativeTheme.themeSource = 'light'
            } else {
                nativeTheme.setThemeSource(NativeTheme.Source.DARK);   // nativeTheme.themeSource = 'dark'
            }
            return nativeTheme.shouldUseDarkColors();
        });
        app.ipcMain().handle("dark-mode:system", (event, args) -> {
            nativeTheme.setThemeSource(NativeTheme.Source.SYSTEM);     // nativeTheme.themeSource = 'system'
            return Undefined.INSTANCE;                                 // the arrow function returns nothing
        });
    }

    // main.js 29-37: app.whenReady().then(() => { createWindow(); app.on('activate', ...) })
    // The handlers of main.js 16-27 are registered first, at load time in Electron. start() runs once the shell is
    // ready, as whenReady's callback does. 'activate' (macOS: the dock icon clicked with no window open) has no
    // counterpart here.
    @Override
    public void start(AppContext app) {
        this.app = app;
        registerHandlers();
        createWindow();
    }

    // main.js 39-43: app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit() })
    // `shell run` already ends the app when its last window closes, on every platform.
}
