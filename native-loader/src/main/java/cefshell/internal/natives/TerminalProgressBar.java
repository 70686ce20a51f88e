package cefshell.internal.natives;

import java.io.PrintStream;

/**
 * A one-line progress bar on the terminal for the first extraction of the natives. When stderr is not a terminal it
 * prints one line at the start and one at the end instead, so logs stay readable.
 */
public final class TerminalProgressBar implements ExtractionProgress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean interactive;
    private long total = -1;
    private int lastPercent = -1;
    private long startNanos;

    public TerminalProgressBar(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** A bar on stderr, animated only when the process has a terminal. */
    public static TerminalProgressBar onStderr() {
        return new TerminalProgressBar(System.err, System.console() != null);
    }

    @Override
    public void started(long totalBytes) {
        total = totalBytes;
        startNanos = System.nanoTime();
        if (!interactive) {
            out.println("cefshell: extracting Chromium (first run only, "
                    + (totalBytes > 0 ? totalBytes / (1 << 20) + " MiB" : "size unknown") + ")...");
        }
    }

    @Override
    public void advanced(long bytesSoFar) {
        if (!interactive || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, bytesSoFar * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\rcefshell: extracting Chromium [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + percent + "%");
        out.flush();
    }

    @Override
    public void finished() {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        out.println((interactive ? "\r" : "") + "cefshell: Chromium extracted in " + millis + " ms"
                + (interactive ? " ".repeat(WIDTH) : ""));
    }
}
