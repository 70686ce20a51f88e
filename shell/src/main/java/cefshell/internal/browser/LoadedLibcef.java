package cefshell.internal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the libcef.so this process has loaded is: JCEF loads it by path, so JNA cannot find it by name. */
final class LoadedLibcef {
    private LoadedLibcef() {
    }

    static String path() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            int at = line.indexOf('/');
            if (at >= 0 && line.endsWith("/libcef.so")) {
                return line.substring(at);
            }
        }
        throw new IOException("libcef.so is not loaded");
    }
}
