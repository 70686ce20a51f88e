package {{package}};

import cefshell.AppContext;
import cefshell.AppMain;

/** The app's main side, as Electron's main.js: `shell run` compiles it and calls start before opening the window. */
public class Main implements AppMain {
    @Override
    public void start(AppContext app) {
        // window.api.greet(name) in the page (see preload.js) lands here; the returned value resolves its promise.
        app.ipcMain().handle("greet", (event, args) ->
                "Hello, " + args.get(0, String.class) + ", from Java " + Runtime.version().feature());
    }
}
