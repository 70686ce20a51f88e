package cefshell.internal.packaging;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jars (and, in a source tree, the class folders) this shell runs from, which a packaged app runs from too:
 * {@code java.class.path}, with the {@code Class-Path} of each jar's manifest followed ({@code java -jar cefshell.jar}
 * has only the jar there; its manifest names {@code lib/*.jar}). The natives jars are left out: a packaged app
 * carries the natives extracted.
 */
final class ShellClasspath {
    private ShellClasspath() {
    }

    /** This JVM's classpath, expanded and without natives jars, in order, each entry once. */
    static List<Path> ofThisJvm() {
        return of(System.getProperty("java.class.path", ""));
    }

    static List<Path> of(String classpath) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String element : classpath.split(File.pathSeparator)) {
            if (!element.isBlank()) {
                add(Path.of(element).toAbsolutePath().normalize(), entries);
            }
        }
        return List.copyOf(entries);
    }

    private static void add(Path entry, Set<Path> entries) {
        if (!Files.exists(entry) || isNatives(entry) || !entries.add(entry) || !Files.isRegularFile(entry)) {
            return;
        }
        for (Path referenced : manifestClassPath(entry)) {
            add(referenced, entries);
        }
    }

    /** {@code me.friwi:jcef-natives-<platform>}: 150 MB of archive that a packaged app replaces by its extraction. */
    static boolean isNatives(Path entry) {
        return entry.getFileName().toString().startsWith("jcef-natives-");
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return List.of();
            }
            List<Path> referenced = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                if (!url.isEmpty() && !url.contains(":")) { // relative file names, as Maven's jar plugin writes them
                    referenced.add(jar.resolveSibling(URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8))
                            .normalize());
                }
            }
            return referenced;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classpath jar " + jar, e);
        }
    }
}
