package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

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
