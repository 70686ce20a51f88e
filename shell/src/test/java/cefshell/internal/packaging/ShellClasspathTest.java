package cefshell.internal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellClasspathTest {
    @TempDir
    Path dir;

    /** `java -jar cefshell.jar` has only the jar on java.class.path; its manifest names the rest, as Maven wrote it. */
    @Test
    void aJarsManifestClassPathIsFollowedAndTheNativesJarLeftOut() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path api = jarWithClassPath(lib.resolve("jcef-api-jcef-d3de827+cef-146.0.10.jar"), null);
        Path natives = jarWithClassPath(lib.resolve("jcef-natives-linux-amd64-jcef-d3de827+cef-146.0.10.jar"), null);
        Path gson = jarWithClassPath(lib.resolve("gson-2.11.0.jar"), null);
        Path shell = jarWithClassPath(dir.resolve("cefshell.jar"),
                "lib/" + api.getFileName() + " lib/" + natives.getFileName() + " lib/" + gson.getFileName());

        assertEquals(List.of(shell, api, gson), ShellClasspath.of(shell.toString()));
    }

    @Test
    void classFoldersStayInOrderAndEachEntryComesOnce() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("shell/target/classes"));
        Path gson = jarWithClassPath(dir.resolve("gson.jar"), null);
        String cp = String.join(java.io.File.pathSeparator, classes.toString(), gson.toString(), classes.toString());
        assertEquals(List.of(classes, gson), ShellClasspath.of(cp));
        assertEquals("shell", AppPackager.moduleName(classes));
    }

    @Test
    void debianPackageNamesAreLowerCaseLettersDigitsAndDashes() {
        assertEquals("hello", DebPackage.packageName("hello"));
        assertEquals("my-notes-app", DebPackage.packageName("My Notes_App"));
        assertEquals("cefshell-app-x", DebPackage.packageName("x"));
    }

    /** An empty jar whose manifest has {@code classPath} (null for none). */
    private static Path jarWithClassPath(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
