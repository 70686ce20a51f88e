package cefshell.internal.browser;

import org.cef.CefSettings.LogSeverity;

import cefshell.ConsoleMessage;

/** Chromium's log severities as console levels. */
final class ConsoleLevels {
    private ConsoleLevels() {
    }

    static ConsoleMessage.Level of(LogSeverity severity) {
        return switch (severity) {
            case LOGSEVERITY_VERBOSE -> ConsoleMessage.Level.DEBUG;
            case LOGSEVERITY_WARNING -> ConsoleMessage.Level.WARNING;
            case LOGSEVERITY_ERROR, LOGSEVERITY_FATAL -> ConsoleMessage.Level.ERROR;
            default -> ConsoleMessage.Level.INFO;
        };
    }
}
