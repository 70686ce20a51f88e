package cefshell.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cefshell.internal.natives.NativeBundle;

class ChromiumEnvironmentTest {
    @Test
    void aBareEnvironmentGetsTheValuesAwtChromiumAndAngleWouldWrite() {
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin"));
        ChromiumEnvironment.prepare(env);
        assertEquals("x11", env.get("GDK_BACKEND"));
        assertEquals("1", env.get("FC_FONTATIONS"));
        assertEquals("disabled:", env.get("DBUS_SESSION_BUS_ADDRESS"));
        assertEquals(NativeBundle.forClasspath().installDir().resolve("vk_swiftshader_icd.json").toString(),
                env.get("VK_ICD_FILENAMES"), "ANGLE's SwiftShader ICD of this build's natives");
        assertEquals(List.of(), ChromiumEnvironment.missing(env));
        assertEquals("/usr/bin", env.get("PATH"));
    }

    @Test
    void valuesTheUserSetAreKeptOnlyPresenceMatters() {
        Map<String, String> user = Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus",
                "VK_ICD_FILENAMES", "/usr/share/vulkan/icd.d/x.json", "GDK_BACKEND", "wayland", "FC_FONTATIONS", "0");
        Map<String, String> env = new HashMap<>(user);
        ChromiumEnvironment.prepare(env);
        assertEquals(user, env, "the writers replace these in place (or keep them), which is safe");
        assertEquals(List.of(), ChromiumEnvironment.missing(env));
    }

    @Test
    void missingNamesEveryVariableThatWouldBeAddedWhileChromiumRuns() {
        assertEquals(List.of("GDK_BACKEND", "FC_FONTATIONS", "DBUS_SESSION_BUS_ADDRESS", "VK_ICD_FILENAMES"),
                ChromiumEnvironment.missing(Map.of("VK_ICD_FILENAMES", "")));
        String fix = ChromiumEnvironment.assignments(Map.of());
        assertTrue(fix.startsWith(
                "GDK_BACKEND=x11 FC_FONTATIONS=1 DBUS_SESSION_BUS_ADDRESS=disabled: VK_ICD_FILENAMES="), fix);
    }

    @Test
    void theTestJvmItselfWasStartedWithThemByItsLauncher() {
        // the test JVMs start through PrivateDisplayLauncher (java-with-display), which prepares the environment
        assertEquals(List.of(), ChromiumEnvironment.missing(System.getenv()));
    }
}
