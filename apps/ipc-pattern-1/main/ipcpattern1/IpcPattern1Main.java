package ipcpattern1;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.IpcArgs;
import cefshell.IpcMainEvent;
import cefshell.WebContents;
import cefshell.WebPreferences;

/**
 * The main.js of Electron's IPC tutorial, "Pattern 1: Renderer to main (one-way)" (docs/fiddles/ipc/pattern-1),
 * line by line in Java. The page, renderer.js and preload.js beside this folder are Electron's files, unchanged.
 */
public class IpcPattern1Main implements AppMain {
    private AppContext app;

    // main.js 4-8: function handleSetTitle (event, title) { ...; win.setTitle(title) }
    private void handleSetTitle(IpcMainEvent event, IpcArgs args) {
        String title = args.get(0, String.class);
        WebContents webContents = event.sender();
        BrowserWindow win = BrowserWindow.fromWebContents(webContents);
        win.setTitle(title);
    }

    // main.js 10-18: function createWindow () { const mainWindow = new BrowserWindow({...}); mainWindow.loadFile(...) }
    private void createWindow() {
        BrowserWindow mainWindow = app.createWindow(BrowserWindowOptions.builder()
                        .webPreferences(WebPreferences.builder()
                                .preload(app.folder().resolve("preload.js")) // path.join(__dirname, 'preload.js')
                                .build())
                        .build(),
                app.origin() + "/index.html");                               // mainWindow.loadFile('index.html')
    }

    // main.js 20-27: app.whenReady().then(() => { ipcMain.on('set-title', handleSetTitle); createWindow(); ... })
    // start() runs once the shell is ready, as whenReady's callback does. 'activate' (macOS: the dock icon clicked
    // with no window open) has no counterpart here.
    @Override
    public void start(AppContext app) {
        this.app = app;
        app.ipcMain().on("set-title", this::handleSetTitle);
        createWindow();
    }

    // main.js 29-31: app.on('window-all-closed', function () { if (process.platform !== 'darwin') app.quit() })
    // `shell run` already ends the app when its last window closes, on every platform.
}
