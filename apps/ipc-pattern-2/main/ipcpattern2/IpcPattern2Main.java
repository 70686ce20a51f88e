package ipcpattern2;

import java.util.concurrent.CompletableFuture;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Dialog;
import cefshell.IpcArgs;
import cefshell.IpcMainInvokeEvent;
import cefshell.OpenDialogOptions;
import cefshell.Undefined;
import cefshell.WebPreferences;

/**
 * The main.js of Electron's IPC tutorial, "Pattern 2: Renderer to main (two-way)" (docs/fiddles/ipc/pattern-2),
 * line by line in Java. The page, renderer.js and preload.js beside this folder are Electron's files, unchanged.
 */
public class IpcPattern2Main implements AppMain {
    private AppContext app;

    // main.js 4-9: async function handleFileOpen () { const { canceled, filePaths } = await dialog.showOpenDialog();
    //              if (!canceled) { return filePaths[0] } }
    // The async function's promise is a CompletableFuture; returning nothing resolves the page's promise to
    // undefined, as in Electron.
    private CompletableFuture<Object> handleFileOpen(IpcMainInvokeEvent event, IpcArgs args) {
        return Dialog.showOpenDialog(OpenDialogOptions.defaults()).thenApply(result -> {
            if (!result.canceled()) {
                return result.filePaths().get(0).toString();
            }
            return Undefined.INSTANCE;
        });
    }

    // main.js 11-19: function createWindow () { const mainWindow = new BrowserWindow({...}); mainWindow.loadFile(...) }
    private void createWindow() {
        BrowserWindow mainWindow = app.createWindow(BrowserWindowOptions.builder()
                        .webPreferences(WebPreferences.builder()
                                .preload(app.folder().resolve("preload.js")) // path.join(__dirname, 'preload.js')
                                .build())
                        .build(),
                app.origin() + "/index.html");                               // mainWindow.loadFile('index.html')
    }

    // main.js 21-27: app.whenReady().then(() => { ipcMain.handle('dialog:openFile', handleFileOpen); createWindow() ... })
    // start() runs once the shell is ready, as whenReady's callback does. 'activate' (macOS: the dock icon clicked
    // with no window open) has no counterpart here.
    @Override
    public void start(AppContext app) {
        this.app = app;
        app.ipcMain().handle("dialog:openFile", this::handleFileOpen);
        createWindow();
    }

    // main.js 29-31: app.on('window-all-closed', function () { if (process.platform !== 'darwin') app.quit() })
    // `shell run` already ends the app when its last window closes, on every platform.
}
