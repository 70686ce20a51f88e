package cefshell.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cefshell.ConsoleMessage;
import cefshell.ConsoleMessage.Level;

class TerminalConsoleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private void print(Verbosity v, ConsoleMessage... messages) {
        TerminalConsole console = new TerminalConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), v);
        for (ConsoleMessage m : messages) {
            console.accept(m);
        }
    }

    private static final ConsoleMessage[] ALL = {
            new ConsoleMessage(Level.DEBUG, "d", "app://a/x.js", 1),
            new ConsoleMessage(Level.INFO, "i", "app://a/x.js", 2),
            new ConsoleMessage(Level.WARNING, "w", "app://a/x.js", 3),
            new ConsoleMessage(Level.ERROR, "Uncaught Error: boom", "app://a/x.js", 4)};

    @Test
    void eachMessageIsOneLineWithLevelSourceAndLine() {
        print(Verbosity.VERBOSE, ALL);
        assertEquals("[page debug] d  (app://a/x.js:1)\n[page log] i  (app://a/x.js:2)\n", out.toString());
        assertEquals("[page warn] w  (app://a/x.js:3)\n[page error] Uncaught Error: boom  (app://a/x.js:4)\n",
                err.toString());
    }

    @Test
    void theDefaultLeavesOutDebugAndQuietLeavesOutLogs() {
        print(Verbosity.NORMAL, ALL);
        assertEquals("[page log] i  (app://a/x.js:2)\n", out.toString());
        out.reset();
        err.reset();
        print(Verbosity.QUIET, ALL);
        assertEquals("", out.toString());
        assertEquals(2, err.toString().lines().count());
    }

    @Test
    void anUnknownSourceOrLineIsLeftOut() {
        assertEquals("[page log] x", TerminalConsole.format(new ConsoleMessage(Level.INFO, "x", "", 0)));
        assertEquals("[page log] x  (app://a/)",
                TerminalConsole.format(new ConsoleMessage(Level.INFO, "x", "app://a/", 0)));
    }
}
