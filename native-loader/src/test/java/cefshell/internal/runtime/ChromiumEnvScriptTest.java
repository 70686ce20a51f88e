package cefshell.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The launcher script ({@code ./cefshell}) sets Chromium's environment itself, through
 * {@code scripts/chromium-env.sh}, so that the shell does not relaunch its JVM to get it. Its values must be the ones
 * {@link ChromiumEnvironment} would add: a wrong SwiftShader path would not make the shell relaunch (only presence is
 * checked) but would point ANGLE at nothing.
 */
class ChromiumEnvScriptTest {
    private static final List<String> NAMES =
            List.of("GDK_BACKEND", "FC_FONTATIONS", "DBUS_SESSION_BUS_ADDRESS", "VK_ICD_FILENAMES");
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();

    /** What the script exports when started with {@code env}, for the four names. */
    private static Map<String, String> scriptExports(Map<String, String> env) throws IOException, InterruptedException {
        Path script = ROOT.resolve("scripts/chromium-env.sh");
        assertTrue(Files.isRegularFile(script), script.toString());
        ProcessBuilder pb = new ProcessBuilder("sh", "-c",
                "root=\"$1\"; . \"$2\"; for n in " + String.join(" ", NAMES) + "; do eval \"printf '%s=%s\\n' $n \\\"\\${$n:-}\\\"\"; done",
                "sh", ROOT.toString(), script.toString());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Map<String, String> exports = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                exports.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return exports;
    }

    /** This test JVM's environment without the four variables (its launcher had set them). */
    private static Map<String, String> bare() {
        Map<String, String> env = new HashMap<>(System.getenv());
        NAMES.forEach(env::remove);
        return env;
    }

    @Test
    void aBareEnvironmentGetsWhatJavaWouldAdd() throws Exception {
        Map<String, String> env = bare();
        assertEquals(ChromiumEnvironment.additions(env), scriptExports(env));
    }

    @Test
    void theCacheFolderFollowsCefshellCacheThenXdgCacheHome() throws Exception {
        String icd = "natives/" + ChromiumEnvironment.releaseTag() + "/" + ChromiumEnvironment.SWIFTSHADER_ICD;
        Map<String, String> env = bare();
        env.put("XDG_CACHE_HOME", "/tmp/xdg");
        assertEquals("/tmp/xdg/cefshell/" + icd, scriptExports(env).get("VK_ICD_FILENAMES"));
        env.put("CEFSHELL_CACHE", "/tmp/own cache");
        assertEquals("/tmp/own cache/" + icd, scriptExports(env).get("VK_ICD_FILENAMES"));
    }

    @Test
    void valuesAlreadySetAreKept() throws Exception {
        Map<String, String> env = bare();
        Map<String, String> user = Map.of("GDK_BACKEND", "wayland", "FC_FONTATIONS", "0",
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus", "VK_ICD_FILENAMES", "/x.json");
        env.putAll(user);
        assertEquals(user, scriptExports(env));
    }
}
