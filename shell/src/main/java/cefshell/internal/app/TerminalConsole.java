package cefshell.internal.app;

import java.io.PrintStream;
import java.util.function.Consumer;

import cefshell.ConsoleMessage;

/**
 * Prints page console messages on the terminal, one line each, with level, source and line:
 *
 * <pre>
 * [page log] hello from page  (app://hello/index.html:12)
 * [page error] Uncaught Error: boom  (app://hello/main.js:5)
 * </pre>
 *
 * Log and debug lines go to stdout, warnings and errors (uncaught page errors among them) to stderr; each line is
 * flushed at once so the order on a terminal matches the page's. Levels hidden by the {@link Verbosity} are dropped.
 */
public final class TerminalConsole implements Consumer<ConsoleMessage> {
    private final PrintStream out;
    private final PrintStream err;
    private final Verbosity verbosity;

    public TerminalConsole(PrintStream out, PrintStream err, Verbosity verbosity) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
    }

    @Override
    public void accept(ConsoleMessage m) {
        if (!verbosity.shows(m.level())) {
            return;
        }
        PrintStream target = m.level() == ConsoleMessage.Level.WARNING || m.level() == ConsoleMessage.Level.ERROR
                ? err : out;
        synchronized (TerminalConsole.class) { // stdout and stderr lines of one page must not interleave mid-line
            target.println(format(m));
            target.flush();
        }
    }

    /** The terminal line for a message, without a line break. */
    public static String format(ConsoleMessage m) {
        String level = switch (m.level()) {
            case DEBUG -> "debug";
            case INFO -> "log";
            case WARNING -> "warn";
            case ERROR -> "error";
        };
        StringBuilder sb = new StringBuilder("[page ").append(level).append("] ").append(m.message());
        if (m.source() != null && !m.source().isEmpty()) {
            sb.append("  (").append(m.source());
            if (m.line() > 0) {
                sb.append(':').append(m.line());
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
