package cefshell.internal.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cefshell.internal.natives.Platform;

/**
 * The Java runtime a packaged app carries: the modules its jars and main classes use, as jdeps finds them, linked
 * by jlink from the JDK that runs the shell. Without jdk.compiler: the app's main code is compiled at packaging time.
 * The {@code java} command stays in ({@code shell run} starts a second JVM with Chromium's environment and, without
 * a display, on a private Xvfb), so the image is linked here rather than by jpackage, which strips it.
 */
final class RuntimeImage {
    /**
     * Always in: AWT, which JCEF draws through and the launcher's {@code --add-exports} name; jdk.unsupported, which
     * JOGL and gluegen reach by reflection.
     */
    private static final List<String> ALWAYS = List.of("java.base", "java.desktop", "jdk.unsupported");

    private RuntimeImage() {
    }

    /** The modules the class files in {@code code} (jars or class folders) need, plus {@link #ALWAYS}. */
    static List<String> modules(List<Path> code) {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(Runtime.version().feature())));
        code.forEach(p -> args.add(p.toString()));
        String printed = JdkTools.run("jdeps", args);
        // the answer is the last line; warnings (split packages, ...) may come before it
        List<String> lines = printed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        TreeSet<String> modules = new TreeSet<>(ALWAYS);
        if (!lines.isEmpty()) {
            for (String m : lines.get(lines.size() - 1).split(",")) {
                if (m.matches("[A-Za-z0-9_.]+")) {
                    modules.add(m);
                }
            }
        }
        return List.copyOf(modules);
    }

    /** Links {@code modules} into {@code output}, which must not exist yet. */
    static void link(List<String> modules, Path output) {
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            throw new PackagingException("this JDK (" + System.getProperty("java.home") + ") has no jmods folder, which"
                    + " jlink makes the runtime from. Run the shell with a full JDK 17 or later. "
                    + Platform.jdkInstallHint());
        }
        // not --strip-debug: on Linux it also strips native symbols with objcopy, which a bare Debian lacks (binutils)
        JdkTools.run("jlink", List.of("--add-modules", String.join(",", modules), "--strip-java-debug-attributes",
                "--no-header-files", "--no-man-pages", "--output", output.toString()));
    }
}
