package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** The ipcMain example of the seed documents: renderer code exactly as written there, main side in Java. */
@ExtendWith(ShellExtension.class)
class IpcSeedsExampleTest {
    private static final String RENDERER = """
            <!doctype html><html><head><script>
            // In renderer process (web page).
            const {ipcRenderer} = require('electron')
            console.log(ipcRenderer.sendSync('synchronous-message', 'ping')) // prints "pong"

            ipcRenderer.on('asynchronous-reply', (event, arg) => {
              console.log(arg) // prints "pong"
            })
            ipcRenderer.send('asynchronous-message', 'ping')
            </script></head><body></body></html>""";

    @Test
    void seedExampleRunsUnchangedAgainstJavaMain(TestWindows t) {
        List<String> received = new CopyOnWriteArrayList<>();
        IpcMain ipcMain = t.shell().ipcMain();
        IpcListener async = (event, args) -> {
            received.add("async " + args.get(0));
            event.sender().send("asynchronous-reply", "pong");
        };
        IpcListener sync = (event, args) -> {
            received.add("sync " + args.get(0));
            event.setReturnValue("pong");
        };
        ipcMain.on("asynchronous-message", async).on("synchronous-message", sync);
        try {
            BrowserWindow w = t.page(RENDERER);
            Awaits.until("two pongs in the console", 10, TimeUnit.SECONDS,
                    () -> t.console(w).messages().stream().filter(m -> m.message().equals("pong")).count() == 2);
            assertEquals(List.of("sync ping", "async ping"), received);
        } finally {
            ipcMain.off("asynchronous-message", async).off("synchronous-message", sync);
        }
    }
}
