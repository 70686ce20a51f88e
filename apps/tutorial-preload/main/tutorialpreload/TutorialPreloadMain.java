package tutorialpreload;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.WebPreferences;

/**
 * The main.js of Electron's "Using Preload Scripts" tutorial (docs/fiddles/tutorial-preload), line by line in Java.
 * The page, renderer.js and preload.js beside this folder are Electron's files, unchanged.
 */
public class TutorialPreloadMain implements AppMain {
    private AppContext app;

    // main.js 4-15: const createWindow = () => { const win = new BrowserWindow({...}); win.loadFile('index.html') }
    private void createWindow() {
        BrowserWindow win = app.createWindow(BrowserWindowOptions.builder()
                        .size(800, 600)                                      // width: 800, height: 600
                        .webPreferences(WebPreferences.builder()
                                .preload(app.folder().resolve("preload.js")) // path.join(__dirname, 'preload.js')
                                .build())
                        .build(),
                app.origin() + "/index.html");                               // win.loadFile('index.html')
    }

    // main.js 17-25: app.whenReady().then(() => { createWindow(); app.on('activate', ...) })
    // start() runs once the shell is ready, as whenReady's callback does. 'activate' (macOS: the dock icon clicked
    // with no window open) has no counterpart here.
    @Override
    public void start(AppContext app) {
        this.app = app;
        createWindow();
    }

    // main.js 27-31: app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit() })
    // `shell run` already ends the app when its last window closes, on every platform.
}
