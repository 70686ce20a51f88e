package cefshell.internal.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The natives cache: extracted once, complete, and safe when several processes start at the same time. */
class NativeBundleTest {
    @TempDir
    Path cache;

    @Test
    void twoProcessesExtractingAtOnceLeaveOneCompleteCopy() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), ExtractNativesMain.class.getName(), cache.toString())
                    .redirectErrorStream(true).start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "extraction did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("READY"), out);
        }
        NativeBundle bundle = NativeBundle.forClasspath(cache);
        assertTrue(bundle.isExtracted());
        assertEquals(archiveEntries(bundle), installedFiles(bundle.installDir()), "installed files differ from the archive");
        assertTrue(Files.isExecutable(bundle.installDir().resolve("jcef_helper")), "jcef_helper must stay executable");
        try (Stream<Path> leftovers = Files.list(cache)) {
            assertFalse(leftovers.anyMatch(p -> p.getFileName().toString().contains(".partial-")), "temp folder left behind");
        }
    }

    @Test
    void aFolderWithoutTheCompleteMarkerIsNotUsedAndIsReplaced() throws Exception {
        NativeBundle bundle = NativeBundle.forClasspath(cache);
        Files.createDirectories(bundle.installDir());
        Files.writeString(bundle.installDir().resolve("libcef.so"), "half-written by a crashed run");
        assertFalse(bundle.isExtracted());
        Path dir = bundle.ensureExtracted(ExtractionProgress.NONE);
        assertTrue(Files.size(dir.resolve("libcef.so")) > 1_000_000, "the truncated file was not replaced");
    }

    @Test
    void missingLibrariesAreNamedWithTheirDebianPackages() {
        assertEquals("libnss3", DebianPackages.providing("libnss3.so"));
        assertEquals("libxkbcommon0", DebianPackages.providing("libxkbcommon.so.0"));
        assertEquals("libfoo7", DebianPackages.providing("libfoo.so.7"));
        LibraryPreflight.Report report = new LibraryPreflight.Report(
                new java.util.TreeSet<>(List.of("libgbm.so.1", "libnss3.so")), new java.util.TreeSet<>(List.of("libgbm1", "libnss3")), List.of());
        assertEquals("Chromium cannot start: missing shared libraries libgbm.so.1, libnss3.so.\n"
                + "Install them with:  sudo apt-get install -y libgbm1 libnss3", report.describe());
    }

    private static Map<String, Long> archiveEntries(NativeBundle bundle) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (InputStream in = bundle.archive().openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.isFile()) {
                    files.put(Path.of(e.getName()).normalize().toString(), e.getSize());
                }
            }
        }
        return files;
    }

    private static Map<String, Long> installedFiles(Path dir) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString();
                if (!rel.equals(NativeBundle.COMPLETE_MARKER)) {
                    files.put(rel, Files.size(p));
                }
            }
        }
        return files;
    }

    @Test
    void releaseTagIsReadFromTheJcefApiJarAsJcefmavenReadsIt() throws Exception {
        assertEquals(me.friwi.jcefmaven.CefBuildInfo.fromClasspath().getReleaseTag(),
                NativeBundle.forClasspath(Files.createTempDirectory("nb-tag-")).releaseTag());
    }

    @Test
    void releaseTagParsingToleratesLayoutAndNamesWhatIsMissing() {
        assertEquals("jcef-abc+cef-1.2.3", NativeBundle.releaseTagOf("{\n \"platform\":\"*\",\"release_tag\" :\t\"jcef-abc+cef-1.2.3\"}"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> NativeBundle.releaseTagOf("{\"jcef_url\": \"x\"}"));
        assertTrue(e.getMessage().contains("no release_tag in /build_meta.json"), e.getMessage());
    }
}
