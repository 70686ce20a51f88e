package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import cefshell.internal.natives.NativeBundle;
import me.friwi.jcefmaven.CefBuildInfo;

class DoctorCommandTest {
    @Test
    void doctorFindsThisMachineReadyAndSaysWhereEverythingIs() throws IOException {
        String tag = CefBuildInfo.fromClasspath().getReleaseTag();
        String chromium = tag.substring(tag.indexOf("+chromium-") + "+chromium-".length());
        ShellProcess.Result r = ShellProcess.run("doctor");
        assertEquals(0, r.exitCode(), r.toString());
        String out = r.stdout();
        assertTrue(out.contains("Chromium   " + chromium), r.toString());
        assertTrue(out.contains("Natives    " + NativeBundle.forClasspath().installDir()), r.toString());
        assertTrue(out.contains("Libraries  every shared library"), r.toString());
        assertTrue(out.contains("Display    " + System.getenv("DISPLAY")), r.toString());
        assertTrue(out.contains("Compiler   javac"), r.toString());
        assertTrue(out.strip().endsWith("OK: ready to run apps"), r.toString());
    }

    /**
     * Off Linux, doctor skips what is Linux's and says so, and looks for that platform's natives. Only Linux runs
     * here, so another OS is simulated by the JVM's os.name, which every platform decision of cefshell reads.
     */
    @Test
    void elsewhereDoctorSkipsTheLinuxChecksAndNamesThatPlatformsNatives() throws IOException {
        Path home = Files.createTempDirectory("cefshell-doctor-home-");
        try {
            ShellProcess.Result r = ShellProcess.exec(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dos.name=Mac OS X", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                    ShellCommand.class.getName(), "doctor"), env -> env.remove("CEFSHELL_CACHE")).finish();
            String out = r.stdout();
            assertEquals(1, r.exitCode(), "this build has no macOS natives: one problem\n" + r);
            assertTrue(out.contains("Platform   macosx-amd64: the X display, Xvfb, shared-library (ldd) and"
                    + " Debian-package checks are Linux's and are skipped here"), r.toString());
            assertTrue(out.contains("add the Maven dependency me.friwi:jcef-natives-macosx-amd64:"), r.toString());
            assertTrue(out.contains("Display    the system's own (macosx-amd64)"), r.toString());
            assertTrue(out.contains("Env vars   nothing to set"), r.toString());
            assertFalse(out.contains("Libraries") || out.contains("Xvfb   "), r.toString());
        } finally {
            TestApps.delete(home);
        }
    }

    @Test
    void aDisplayWithoutAnXServerIsAProblemAndExitsOne() {
        ShellProcess.Result r = ShellProcess.run(env -> env.put("DISPLAY", ":987"), "doctor");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("Display    PROBLEM: DISPLAY=:987, but no X server listens there"),
                r.toString());
        assertTrue(r.stdout().strip().endsWith("PROBLEMS: 1"), r.toString());
    }

    @Test
    void liveDoctorStartsChromiumAndRunsAPage() {
        ShellProcess.Result r = ShellProcess.run("doctor", "--live");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("and ran a page"), r.toString());
        assertTrue(r.stdout().contains("user agent: Mozilla/5.0"), r.toString());
        assertTrue(!r.stdout().contains("initialize on Thread["), "JCEF's chatter is filtered:\n" + r);
    }

    @Test
    void onlyLocalDisplaysAreCheckedForAnXServer() {
        assertTrue(DoctorCommand.xServerListens("remotehost:10.0"));
        assertTrue(!DoctorCommand.xServerListens(":987"));
    }
}
