package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cefshell.testing.SwingFirstMain;

/** Starting the shell from an existing Swing main: each run is a fresh JVM, since CEF starts once per process. */
class ShellStartFromSwingTest {
    @Test
    void aSwingMainThatShowedAWindowFirstStartsTheShellOnTheEdtEmbedsAPageAndQuitsFromTheEdt() throws Exception {
        Process p = childJvm(SwingFirstMain.class);
        String out = readAll(p);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "child JVM finished; output:\n" + out);
        assertEquals(0, p.exitValue(), out);
        for (String marker : List.of("FRAME-SHOWN", "SHELL-STARTED", "IPC-WORKS", "QUIT-RETURNED")) {
            assertTrue(out.contains(marker), marker + " in:\n" + out);
        }
    }

    /** A JVM like this one (same classpath, same DISPLAY: the test's private Xvfb) running {@code main}. */
    static Process childJvm(Class<?> main) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Everything the child printed; kills it if it has not ended within 90 s. */
    static String readAll(Process p) throws Exception {
        StringBuilder sb = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                sb.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the process died: what we have is what there is
            }
        });
        reader.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        reader.join(5000);
        return sb.toString();
    }
}
