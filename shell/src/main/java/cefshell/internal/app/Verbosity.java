package cefshell.internal.app;

import cefshell.ConsoleMessage;

/** How much {@code shell run} prints: {@code --quiet}, the default, or {@code --verbose}. */
public enum Verbosity {
    /** Page warnings and errors, and the shell's errors. */
    QUIET,
    /** Page log, info, warnings and errors (not debug), and the shell's errors and warnings. */
    NORMAL,
    /** Everything: page debug messages, the shell's diagnostics, JCEF's and Chromium's own logging. */
    VERBOSE;

    public boolean shows(ConsoleMessage.Level level) {
        return switch (this) {
            case QUIET -> level == ConsoleMessage.Level.WARNING || level == ConsoleMessage.Level.ERROR;
            case NORMAL -> level != ConsoleMessage.Level.DEBUG;
            case VERBOSE -> true;
        };
    }
}
