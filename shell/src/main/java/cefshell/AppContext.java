package cefshell;

import java.nio.file.Path;
import java.util.List;

/**
 * What an app's {@link AppMain} gets from {@code shell run}: the running {@link Shell}, where the app is served and
 * how to open its windows.
 *
 * <pre>{@code
 * public void start(AppContext app) {
 *     BrowserWindow main = app.createWindow();                      // per app.json, loading the entry page
 *     BrowserWindow about = app.createWindow(
 *             BrowserWindowOptions.builder().title("About").size(400, 300).build(),
 *             app.origin() + "/about.html");
 * }
 * }</pre>
 *
 * <p>Methods may be called from any thread, also after {@code start} has returned.
 */
public interface AppContext {
    /** The running shell. */
    Shell shell();

    /** The shell-wide {@link IpcMain}, as Electron's {@code ipcMain}: {@code shell().ipcMain()}. */
    default IpcMain ipcMain() {
        return shell().ipcMain();
    }

    /** The app's name: {@code name} in {@code app.json}, else the folder's name. */
    String name();

    /** The app folder, absolute. */
    Path folder();

    /** Where the folder is served, e.g. {@code app://hello}; every file of the folder is below it. */
    String origin();

    /** The entry page's URL, e.g. {@code app://hello/index.html}. */
    String entryUrl();

    /** The arguments after {@code --} on the {@code shell run} command line; empty when there were none. */
    List<String> args();

    /**
     * Opens a window with the app's window settings ({@code window} in {@code app.json}, overridden by
     * {@code shell run --width/--height/--title}) on the {@link #entryUrl() entry page}.
     */
    BrowserWindow createWindow();

    /** Opens a window with the given options on {@code url}; relative URLs are not resolved, pass a full one. */
    BrowserWindow createWindow(BrowserWindowOptions options, String url);
}
