package cefshell.internal.bridge;

/**
 * An app's preload as the bridge runs it: wrapped in a function that receives Electron's sandboxed-preload names
 * ({@code require}, {@code process}, {@code Buffer}, {@code global}, {@code setImmediate}, {@code clearImmediate},
 * {@code exports}, {@code module}, {@code __filename}, {@code __dirname}; see renderer/preload-env.js), so its
 * top-level declarations stay its own. The wrapper opens on the file's first line, so errors and stack traces name the
 * file's own lines, under its own name.
 */
public final class AppPreload {
    private static final String OPEN = "__cefshell.preload.run(function (require, process, Buffer, global, setImmediate, "
            + "clearImmediate, exports, module, __filename, __dirname) {";

    private AppPreload() {
    }

    /** The script that runs {@code source} (the text of {@code fileName}) in the preload environment. */
    public static String wrap(String source, String fileName) {
        String name = fileName.replaceAll("[^A-Za-z0-9._/-]", "_");
        return OPEN + source + "\n}, '" + name + "');\n//# sourceURL=" + name + "\n";
    }
}
