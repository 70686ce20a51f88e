package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import me.friwi.jcefmaven.CefBuildInfo;

class ShellCommandTest {
    @Test
    void helpListsEveryCommandWithExamplesAndExitCodes() {
        ShellProcess.Result r = ShellProcess.run("--help");
        assertEquals(0, r.exitCode(), r.toString());
        for (String expected : new String[] {"Usage: shell", "run ", "doctor ", "Examples:", "shell run apps/hello",
                "shell doctor", "./cefshell bench", "Exit codes:"}) {
            assertTrue(r.stdout().contains(expected), "no '" + expected + "' in\n" + r);
        }
    }

    @Test
    void helpOfRunExplainsEveryOption() {
        ShellProcess.Result r = ShellProcess.run("help", "run");
        assertEquals(0, r.exitCode(), r.toString());
        for (String option : new String[] {"<app-dir>", "--width", "--height", "--title", "--headless", "--devtools",
                "--remote-debugging-port", "--quiet", "--verbose", "Examples:", "Exit codes:"}) {
            assertTrue(r.stdout().contains(option), "no '" + option + "' in\n" + r);
        }
    }

    @Test
    void versionShowsCefshellAndTheChromiumItRuns() throws IOException {
        String tag = CefBuildInfo.fromClasspath().getReleaseTag();
        String chromium = tag.substring(tag.indexOf("+chromium-") + "+chromium-".length());
        ShellProcess.Result r = ShellProcess.run("--version");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().startsWith("cefshell "), r.toString());
        assertTrue(r.stdout().contains("Chromium " + chromium), r.toString());
        assertTrue(r.stdout().contains("CEF 146.0.10"), r.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        ShellProcess.Result r = ShellProcess.run();
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("Missing a command"), r.toString());
        assertTrue(r.stderr().contains("Try 'shell --help'"), r.toString());
    }

    @Test
    void aMistypedOptionIsAUsageErrorWithASuggestion() {
        ShellProcess.Result r = ShellProcess.run("run", "anywhere", "--widht", "300");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("Unknown option: '--widht'"), r.toString());
        assertTrue(r.stderr().contains("--width"), r.toString());
        assertTrue(r.stderr().lines().count() <= 4, "short, not the whole help:\n" + r);
    }

    @Test
    void outputToAPipeHasNoEscapeCodes() {
        for (List<String> args : List.<List<String>>of(List.of("--help"), List.of("help", "run"), List.of(),
                List.of("run", "anywhere", "--widht", "300"), List.of("run", "no-such-folder"))) {
            ShellProcess.Result r = ShellProcess.run(args.toArray(String[]::new));
            assertFalse(r.stdout().contains("\u001b") || r.stderr().contains("\u001b"),
                    "an escape code in the output of shell " + args + ":\n" + r);
        }
    }

    @Test
    void helpIsColouredOnATerminalUnlessNoColorIsSet() {
        ShellProcess.Result coloured = ShellProcess.runOnTerminal(env -> {
            env.remove("NO_COLOR");
            env.put("TERM", "xterm");
        }, "--help");
        assertEquals(0, coloured.exitCode(), coloured.toString());
        assertTrue(coloured.stdout().contains("\u001b["), "no colour on a terminal:\n" + coloured);

        ShellProcess.Result plain = ShellProcess.runOnTerminal(env -> env.put("NO_COLOR", "1"), "--help");
        assertEquals(0, plain.exitCode(), plain.toString());
        assertTrue(plain.stdout().contains("Usage: shell"), plain.toString());
        assertFalse(plain.stdout().contains("\u001b"), "colour despite NO_COLOR:\n" + plain);
    }

    @Test
    void versionsAreReadFromTheJcefReleaseTag() {
        Versions v = Versions.parse("1.0", "jcef-d3de827+cef-146.0.10+g8219561+chromium-146.0.7680.179");
        assertEquals("d3de827", v.jcef());
        assertEquals("146.0.10+g8219561", v.cef());
        assertEquals("146.0.7680.179", v.chromium());
        assertEquals("?", Versions.parse("1.0", "something else").chromium());
    }
}
