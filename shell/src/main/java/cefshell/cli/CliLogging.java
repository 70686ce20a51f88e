package cefshell.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The library logs through {@code System.Logger} ("cefshell.ipc", "cefshell.browser", "cefshell.runtime"...), so an
 * application embedding it routes, filters or silences that output with its own logging (java.util.logging by
 * default; SLF4J and Log4j bridge to it). The command line shows those records as the terminal lines it always
 * printed: {@code cefshell: <message>}, a stack trace below when there is one.
 */
final class CliLogging {
    private static final Logger ROOT = Logger.getLogger("cefshell"); // held: JUL keeps loggers only weakly

    private CliLogging() {
    }

    static void install() {
        Handler handler = new StreamHandler(System.err, new TerminalLines()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush(); // a line at a time, interleaved correctly with the page's console lines
            }
        };
        handler.setLevel(Level.ALL);
        ROOT.setUseParentHandlers(false);
        ROOT.addHandler(handler);
        ROOT.setLevel(Level.INFO);
    }

    private static final class TerminalLines extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder sb = new StringBuilder("cefshell: ").append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }
    }
}
