package cefshell.internal.packaging;

import java.nio.file.Path;

import cefshell.internal.natives.Platform;

/**
 * Where jpackage puts things in an app image, which differs per OS. {@code appDir} is what the launcher's
 * {@code $APPDIR} stands for: the jars are there, and the app folder, its main classes and the natives go there too.
 * Only the Linux layout is exercised by the tests; the others follow jpackage's documentation.
 *
 * @param root     the image: {@code <name>/}, on macOS {@code <name>.app/}
 * @param appDir   {@code lib/app} on Linux, {@code Contents/app} on macOS, {@code app} on Windows
 * @param launcher {@code bin/<name>} on Linux, {@code Contents/MacOS/<name>} on macOS, {@code <name>.exe} on Windows
 */
public record ImageLayout(Path root, Path appDir, Path launcher) {
    /** The layout of the image of app {@code name} made in {@code dest} on this OS. */
    public static ImageLayout of(Path dest, String name) {
        if (Platform.isMac()) {
            Path root = dest.resolve(name + ".app");
            return new ImageLayout(root, root.resolve("Contents/app"), root.resolve("Contents/MacOS/" + name));
        }
        if (Platform.isWindows()) {
            Path root = dest.resolve(name);
            return new ImageLayout(root, root.resolve("app"), root.resolve(name + ".exe"));
        }
        Path root = dest.resolve(name);
        return new ImageLayout(root, root.resolve("lib/app"), root.resolve("bin/" + name));
    }
}
