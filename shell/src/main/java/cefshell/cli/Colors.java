package cefshell.cli;

import java.io.Console;
import java.lang.reflect.Method;

import picocli.CommandLine.Help.Ansi;

/**
 * Whether the command line may colour its output: only when it writes to a terminal, never when {@code NO_COLOR} is
 * set (no-color.org) or {@code TERM} is {@code dumb}. Decided here rather than by picocli's own detection, so that
 * output to a pipe, a file or a CI log never carries escape codes.
 */
final class Colors {
    private Colors() {
    }

    static Ansi ansi() {
        return enabled(System.getenv("NO_COLOR"), System.getenv("TERM"), onTerminal()) ? Ansi.ON : Ansi.OFF;
    }

    static boolean enabled(String noColor, String term, boolean onTerminal) {
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        if ("dumb".equals(term)) {
            return false;
        }
        return onTerminal;
    }

    /**
     * True when standard input and output are a terminal. On JDK 17 that is what {@code System.console() != null}
     * means; from JDK 22 a console exists even for a pipe, and {@code Console.isTerminal()} tells them apart.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }
}
