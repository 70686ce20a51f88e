package cefshell.internal.natives;

import java.nio.file.Path;

/** A child process for the concurrency test: extracts the natives into the cache folder given as argument. */
public final class ExtractNativesMain {
    private ExtractNativesMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = NativeBundle.forClasspath(Path.of(args[0])).ensureExtracted(new TerminalProgressBar(System.out, false));
        System.out.println("READY " + dir);
    }
}
