package cefshell.internal.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An app folder and its {@code app.json}, validated, with defaults filled in. All fields of {@code app.json} are
 * optional:
 *
 * <pre>{@code
 * {
 *   "name": "hello",                                  // default: the folder's name
 *   "version": "1.2.0",                               // app.getVersion(), default "0.0.0"
 *   "entry": "index.html",                            // the page the window opens
 *   "preload": "preload.js",                          // the app's own preload script
 *   "contextIsolation": false,                        // default: on with a preload, off without (Electron's)
 *   "webviewTag": true,                               // the page may use <webview> (default false, as Electron's)
 *   "window": { "title": "Hello", "width": 800, "height": 600 },   // no title: follow the page's <title>
 *   "main": { "class": "hello.HelloMain", "sources": "main" },     // Java main-side code, see cefshell.AppMain
 *   "singleInstance": true                            // a second run hands over to the first (default false)
 * }
 * }</pre>
 *
 * @param folder  the app folder, absolute and with links resolved
 * @param name    the app's name
 * @param entry   the entry page, relative to {@code folder}, with '/' separators
 * @param preload the app's preload script (absolute), or null
 * @param contextIsolation Electron's contextIsolation as the manifest sets it, or null for the default
 * @param webviewTag whether the window's page may use {@code <webview>}
 * @param window  the default window's settings
 * @param main    the main-side code, or null for a pure web app
 * @param version {@code version} in app.json ({@code app.getVersion()}), "0.0.0" without one
 * @param singleInstance whether a second run hands over to the first before starting Chromium
 */
public record AppManifest(Path folder, String name, String entry, Path preload, Boolean contextIsolation,
                          boolean webviewTag, Window window, Main main, String version, boolean singleInstance) {
    public static final String FILE_NAME = "app.json";

    /** @param title null to follow the page's title */
    public record Window(String title, int width, int height) { }

    /**
     * @param className the {@link cefshell.AppMain} implementation, e.g. {@code hello.HelloMain}
     * @param sources   the folder holding its {@code .java} files (absolute)
     */
    public record Main(String className, Path sources) { }

    /**
     * Reads and checks an app folder.
     *
     * @param folder   the folder as the user named it (messages show it this way)
     * @param warnings told about things that do not stop the run, such as unknown fields
     * @throws InvalidAppException naming the file and field at fault
     */
    public static AppManifest load(Path folder, Consumer<String> warnings) {
        return new ManifestReader(folder, warnings).read();
    }

    /** The entry page's path in a URL, percent-encoded, starting with '/'. */
    public String entryPath() {
        try {
            return new URI(null, null, "/" + entry, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("entry is not a URL path: " + entry, e);
        }
    }
}
