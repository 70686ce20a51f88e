package cefshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code shell package} as a user runs it, from the shell's runtime classpath (what cefshell.jar and its lib/ hold,
 * no test jars), then the packaged app as a user starts it: its launcher, with an environment that has neither
 * Maven, a JDK, the source tree, a display, nor natives or compiled classes in its home. Packaging takes a minute
 * or two (jdeps, jlink, jpackage, a .deb of ~450 MB), so it is done once for the class.
 */
// jlink, jpackage and a .deb of ~450 MB take minutes; longer than the suite's 3-minute default
@Timeout(value = 16, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageCommandTest {
    private static final long PACKAGING_TIMEOUT_SECONDS = 900; // a loaded 2-core machine: jdeps alone can take 30 s

    private Path app;
    private Path dest;
    private ShellProcess.Result packaged;

    @BeforeAll
    @Timeout(value = 16, unit = TimeUnit.MINUTES)
    void packageATinyAppAsAnImageAndADeb() throws IOException {
        app = TestApps.write("packtest", Map.of(
                "app.json", "{\"name\": \"packtest\", \"main\": {\"class\": \"packtest.Main\", \"sources\": \"main\"}}",
                "index.html", "<!doctype html><title>packtest</title><script>\n"
                        + "const {ipcRenderer} = require('electron')\n"
                        + "ipcRenderer.invoke('add', 2, 3)\n"
                        + "  .then(sum => ipcRenderer.invoke('report', sum))\n"
                        + "  .then(() => window.close())\n"
                        + "</script>",
                "main/packtest/Main.java", """
                        package packtest;

                        import cefshell.AppContext;
                        import cefshell.AppMain;

                        public class Main implements AppMain {
                            @Override
                            public void start(AppContext app) {
                                app.ipcMain().handle("add", (e, a) -> a.get(0, int.class) + a.get(1, int.class));
                                app.ipcMain().handle("report", (e, a) -> {
                                    System.out.println("sum from the page: " + a.get(0, int.class));
                                    System.out.println("java.home: " + System.getProperty("java.home"));
                                    System.out.println("compiler: " + (javax.tools.ToolProvider
                                            .getSystemJavaCompiler() == null ? "none" : "present"));
                                    System.out.println("args: " + app.args());
                                    return null;
                                });
                            }
                        }
                        """));
        dest = Path.of("target", "package-test").toAbsolutePath();
        TestApps.delete(dest);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", shellRuntimeClasspath(), ShellCommand.class.getName(),
                "package", app.toString(), "--dest", dest.toString(), "--type", "deb"));
        // dpkg-deb's default xz takes minutes for Chromium's 350 MB; the package's contents are what is tested here
        packaged = ShellProcess.exec(cmd, env -> env.put("DPKG_DEB_COMPRESSOR_TYPE", "none"))
                .finish(PACKAGING_TIMEOUT_SECONDS);
    }

    @AfterAll
    void cleanUp() {
        TestApps.delete(dest); // ~900 MB
        TestApps.delete(app.getParent());
    }

    @Test
    void thePackagedAppStartsWithoutMavenJdkOrSourcesAndItsPageTalksToJava() throws IOException {
        assertEquals(0, packaged.exitCode(), packaged.toString());
        Path image = dest.resolve("packtest");
        Path home = Files.createTempDirectory("cefshell-package-home-");
        try {
            ShellProcess run = ShellProcess.exec(List.of(image.resolve("bin/packtest").toString(), "--", "one", "two"),
                    env -> {
                        env.clear(); // no JAVA_HOME, no Maven, no DISPLAY: Xvfb is found on the PATH
                        env.put("HOME", home.toString());
                        env.put("PATH", "/usr/bin:/bin");
                    });
            ShellProcess.Result r = run.finish(120);
            assertEquals(0, r.exitCode(), "the page closes its window when Java has answered\n" + r);
            assertTrue(r.stdout().contains("sum from the page: 5"), "Java's handler answered the page\n" + r);
            assertTrue(r.stdout().contains("java.home: " + image.resolve("lib/runtime")), "the image's runtime\n" + r);
            assertTrue(r.stdout().contains("compiler: none"), "main code compiled at packaging time\n" + r);
            assertTrue(r.stdout().contains("args: [one, two]"), "the launcher passes app arguments on\n" + r);
            assertFalse(Files.exists(home.resolve(".cache/cefshell")),
                    "nothing extracted or compiled into the user's home: the natives come from the image\n" + r);
        } finally {
            TestApps.delete(home);
        }
    }

    @Test
    void theDebInstallsTheImageUnderOptAndDependsOnChromiumsLibraries() throws Exception {
        assertEquals(0, packaged.exitCode(), packaged.toString());
        Path deb = dest.resolve("packtest_1.0-1_amd64.deb");
        assertTrue(packaged.stdout().contains("deb:       " + deb), packaged.toString());
        String contents = dpkgDeb("-c", deb.toString());
        for (String file : List.of("./opt/packtest/bin/packtest", "./opt/packtest/lib/runtime/bin/java",
                "./opt/packtest/lib/app/apps/packtest/index.html",
                "./opt/packtest/lib/app/main-classes/packtest/Main.class",
                "./opt/packtest/lib/app/natives/libcef.so", "./opt/packtest/lib/app/natives/install.lock")) {
            assertTrue(contents.lines().anyMatch(l -> l.endsWith(" " + file)), file + " is not in the .deb");
        }
        String depends = dpkgDeb("-f", deb.toString(), "Depends");
        assertTrue(depends.contains("libnss3") && depends.contains("libgbm1"), depends);
    }

    @Test
    void aMissingAppFolderIsAUsageError() {
        ShellProcess.Result r = ShellProcess.run("package", dest.resolve("no-such-app").toString(), "--dest",
                dest.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("no-such-app"), r.toString());
    }

    /** What cefshell.jar runs with: the shell's classes and its runtime dependencies, as Maven lists them. */
    private static String shellRuntimeClasspath() throws IOException {
        return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
    }

    private static String dpkgDeb(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("dpkg-deb"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
