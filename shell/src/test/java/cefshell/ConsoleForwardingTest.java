package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ConsoleRecorder;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

@ExtendWith(ShellExtension.class)
class ConsoleForwardingTest {
    @Test
    void consoleLevelsAndUncaughtErrorsArriveWithSourceAndLine(TestWindows t) {
        String origin = t.serve(Map.of("index.html", """
                <!doctype html><html><head><script src="main.js"></script></head><body></body></html>""",
                "main.js", """
                console.log('a log line');
                console.info('an info line');
                console.warn('a warning');
                console.error('an error');
                setTimeout(() => { throw new Error('boom from page'); }, 0);
                """));
        BrowserWindow w = t.open(origin + "/index.html");
        ConsoleRecorder console = t.console(w);
        ConsoleMessage log = console.awaitPrefix("a log line");
        assertEquals(ConsoleMessage.Level.INFO, log.level());
        assertEquals(origin + "/main.js", log.source());
        assertEquals(1, log.line());
        assertEquals(ConsoleMessage.Level.INFO, console.awaitPrefix("an info line").level());
        ConsoleMessage warn = console.awaitPrefix("a warning");
        assertEquals(ConsoleMessage.Level.WARNING, warn.level());
        assertEquals(3, warn.line());
        assertEquals(ConsoleMessage.Level.ERROR, console.awaitPrefix("an error").level());
        ConsoleMessage uncaught = console.await("uncaught error", m -> m.message().contains("boom from page"));
        assertEquals(ConsoleMessage.Level.ERROR, uncaught.level());
        assertTrue(uncaught.message().startsWith("Uncaught"), uncaught.message());
        assertEquals(origin + "/main.js", uncaught.source());
        assertEquals(5, uncaught.line());
    }
}
