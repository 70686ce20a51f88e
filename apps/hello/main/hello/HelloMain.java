package hello;

import cefshell.AppContext;
import cefshell.AppMain;
import cefshell.IpcMain;

/** The main half of the ipcMain example from Electron's docs, in Java. */
public class HelloMain implements AppMain {
    @Override
    public void start(AppContext app) {
        IpcMain ipcMain = app.ipcMain();

        ipcMain.on("asynchronous-message", (event, args) -> {
            System.out.println(args.get(0)); // prints "ping"
            event.sender().send("asynchronous-reply", "pong");
        });

        ipcMain.on("synchronous-message", (event, args) -> {
            System.out.println(args.get(0)); // prints "ping"
            event.setReturnValue("pong");
        });
    }
}
