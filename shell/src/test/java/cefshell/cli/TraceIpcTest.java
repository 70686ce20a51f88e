package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code shell run --trace-ipc}: the trace of a scripted session, as the user reads it on stderr. */
class TraceIpcTest {
    private Path app;

    @AfterEach
    void deleteApp() {
        if (app != null) {
            TestApps.delete(app.getParent());
        }
    }

    private static final String MAIN = """
            package demo;

            import cefshell.*;

            public class Main implements AppMain {
                @Override
                public void start(AppContext app) {
                    app.shell().ipcMain().on("log", (event, args) -> {
                        System.out.println("main got " + args.get(0));
                        event.sender().send("pong", "hi");
                    });
                    app.shell().ipcMain().handle("add", (event, args) -> args.get(0, int.class) + args.get(1, int.class));
                    app.shell().ipcMain().handle("boom", (event, args) -> { throw new IllegalStateException("boom"); });
                }
            }
            """;

    private static final String PAGE = """
            <!doctype html><script>
            (async () => {
              ipcRenderer.send('log', 'hello');
              ipcRenderer.send('nobody-listens', 1);
              await ipcRenderer.invoke('add', 2, 3);
              await ipcRenderer.invoke('boom').catch(e => console.log('page saw ' + e.message));
              const r = ipcRenderer.sendSync('no-listener');
              console.log('sendSync returned ' + JSON.stringify(r));
              window.close();
            })();
            </script>
            """;

    private static void has(String stderr, String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(stderr).find(), "no line like\n" + regex
                + "\nin:\n" + stderr);
    }

    @Test
    void aScriptedSessionShowsEachMessageAndWhatWentWrongStandsOut() {
        app = TestApps.write("traced", Map.of("index.html", PAGE, "app.json", "{\"main\": {\"class\": \"demo.Main\"}}",
                "main/demo/Main.java", MAIN));
        ShellProcess.Result r = ShellProcess.run("run", "--trace-ipc", app.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String err = r.stderr();
        String head = "^(  |! )ipc \\d\\d:\\d\\d:\\d\\d\\.\\d{3} wc#\\d+ main  ";
        has(err, "^  ipc \\d\\d:\\d\\d:\\d\\d\\.\\d{3} wc#\\d+ main  → send 'log' \\d+ B via \\S+.* · \\d+\\.\\d ms$");
        has(err, "^! ipc .* → send 'nobody-listens' \\d+ B via .* · NO LISTENER$");
        has(err, "^  ipc .* wc#\\d+ main  ← send 'pong' 6 B from Java$");
        has(err, head.replace("(  |! )", "  ") + "→ invoke 'add' \\d+ B via \\S+( \\(batch of \\d\\))?$");
        has(err, "^  ipc .* ← invoke 'add' · \\d+\\.\\d ms · ok$");
        has(err, "^! ipc .* ← invoke 'boom' · \\d+\\.\\d ms · THREW Error: boom$");
        has(err, "^  ipc .* → sendSync 'no-listener' \\d+ B via (sync-xhr|prompt)$");
        has(err, "^! ipc .* ← sendSync 'no-listener' · \\d+\\.\\d ms · NO LISTENER, returned "
                + "\\{error: 'reply was never sent'\\}$");
        assertTrue(r.stdout().contains("main got hello"), r.toString());
        assertTrue(r.stdout().contains("page saw Error invoking remote method 'boom': Error: boom"), r.toString());
    }

    @Test
    void theGlobIsTakenOnlyWhenAttached() {
        RunCommand bare = new RunCommand();
        new CommandLine(bare).parseArgs("--trace-ipc", "apps/hello");
        assertEquals("*", bare.traceIpc);
        assertEquals(Path.of("apps/hello"), bare.appDir);
        RunCommand glob = new RunCommand();
        new CommandLine(glob).parseArgs("--trace-ipc=notes:*", "apps/hello");
        assertEquals("notes:*", glob.traceIpc);
        RunCommand off = new RunCommand();
        new CommandLine(off).parseArgs("apps/hello");
        assertEquals(null, off.traceIpc);
        assertEquals(List.of(), off.appArgs);
    }
}
