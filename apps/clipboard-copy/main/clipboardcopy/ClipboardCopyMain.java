package clipboardcopy;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Undefined;
import cefshell.WebPreferences;

/**
 * The main.js of Electron's "Clipboard copy" example (docs/fiddles/system/clipboard/copy), line by line in Java.
 * The page, renderer.js and preload.js beside this folder are Electron's files, unchanged.
 */
public class ClipboardCopyMain implements AppMain {
    private AppContext app;

    // main.js 4: let mainWindow = null
    private volatile BrowserWindow mainWindow = null;

    // main.js 6-23: function createWindow () { const windowOptions = {...}; mainWindow = new BrowserWindow(...); ... }
    private void createWindow() {
        BrowserWindowOptions windowOptions = BrowserWindowOptions.builder()
                .size(600, 400)                                      // width: 600, height: 400
                .title("Clipboard copy")                             // title: 'Clipboard copy'
                .webPreferences(WebPreferences.builder()
                        .preload(app.folder().resolve("preload.js")) // path.join(__dirname, 'preload.js')
                        .build())
                .build();

        mainWindow = app.createWindow(windowOptions, app.origin() + "/index.html"); // + mainWindow.loadFile('index.html')

        mainWindow.onClosed(() -> mainWindow = null);               // mainWindow.on('closed', () => { mainWindow = null })
    }

    // main.js 25-27: ipcMain.handle('clipboard:writeText', (event, text) => { clipboard.writeText(text) })
    // Electron's clipboard module is Java's system clipboard here. The handler returns nothing, so the page's promise
    // resolves to undefined, as in Electron.
    private void registerHandlers() {
        app.ipcMain().handle("clipboard:writeText", (event, args) -> {
            String text = args.get(0, String.class);
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
            return Undefined.INSTANCE;
        });
    }

    // main.js 29-35: app.whenReady().then(() => { createWindow(); app.on('activate', ...) })
    // start() runs once the shell is ready, as whenReady's callback does. 'activate' (macOS: the dock icon clicked
    // with no window open) has no counterpart here. The handler of main.js 25 is registered first, at load time.
    @Override
    public void start(AppContext app) {
        this.app = app;
        registerHandlers();
        createWindow();
    }

    // main.js 37-39: app.on('window-all-closed', function () { if (process.platform !== 'darwin') app.quit() })
    // `shell run` already ends the app when its last window closes, on every platform.
}
