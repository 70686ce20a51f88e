package cefshell.internal.packaging;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarFile;

import cefshell.internal.app.AppManifest;
import cefshell.internal.app.MainCompiler;
import cefshell.internal.natives.CacheDirs;
import cefshell.internal.natives.NativeBundle;
import cefshell.internal.natives.TerminalProgressBar;

/**
 * Makes the app image of {@code shell package}: {@code <dest>/<name>/}, on Linux (see {@link ImageLayout} for the
 * others) with
 * <pre>
 * bin/&lt;name&gt;                     jpackage's native launcher
 * lib/runtime/                    the Java runtime (see {@link RuntimeImage})
 * lib/app/*.jar                   this shell and its libraries, as it runs now, less the natives jar
 * lib/app/apps/&lt;folder&gt;/          the app folder, as it is
 * lib/app/main-classes/           the app's main-side Java, compiled here
 * lib/app/natives/                Chromium's natives, extracted
 * </pre>
 * The launcher's JVM options point the shell at the three folders (see {@code cefshell.cli.PackagedApp}) and carry
 * the {@code --add-exports} the shell always runs with. Everything is assembled in a temporary folder beside the
 * destination and moved into place only when complete.
 */
public final class AppPackager {
    /** JVM options of every shell run: JCEF's AWT glue reaches into these JDK internals (as the launcher script). */
    static final List<String> SHELL_JVM_OPTIONS = List.of(
            "--add-exports=java.base/java.lang=ALL-UNNAMED",
            "--add-exports=java.desktop/sun.awt=ALL-UNNAMED",
            "--add-exports=java.desktop/sun.java2d=ALL-UNNAMED");

    private final String launcherMainClass;
    private final Consumer<String> progress;
    private final PrintStream diagnostics;

    /**
     * @param launcherMainClass the class the image's launcher starts (it runs the app inside the image)
     * @param progress          told each step, a line at a time
     * @param diagnostics       where compiler errors of the app's main code go
     */
    public AppPackager(String launcherMainClass, Consumer<String> progress, PrintStream diagnostics) {
        this.launcherMainClass = launcherMainClass;
        this.progress = progress;
        this.diagnostics = diagnostics;
    }

    /**
     * Packages {@code app} as {@code <dest>/<app name>/} ({@code <app name>.app} on macOS), an app image.
     *
     * @throws PackagingException when a step fails, or the image's folder exists already
     * @throws cefshell.internal.app.AppFailedException when the app's main code does not compile
     */
    public ImageLayout appImage(AppManifest app, Path dest) {
        ImageLayout image = ImageLayout.of(dest, app.name());
        if (Files.exists(image.root())) {
            throw new PackagingException(image.root() + " exists already: delete it, or choose another --dest");
        }
        Path mainClasses = null;
        if (app.main() != null) {
            progress.accept("compiling the app's main-side Java");
            mainClasses = new MainCompiler(diagnostics, m -> { }).compile(app);
        }
        Path natives = natives();
        Path work = null;
        try {
            Files.createDirectories(dest);
            work = Files.createTempDirectory(dest, "." + app.name() + "-package-");
            Path input = Files.createDirectories(work.resolve("input"));
            String mainJar = copyShellJars(input);

            List<Path> code = new ArrayList<>(jarsIn(input));
            if (mainClasses != null) {
                code.add(mainClasses);
            }
            progress.accept("finding the Java modules the app uses (jdeps)");
            List<String> modules = RuntimeImage.modules(code);
            progress.accept("linking a Java runtime of " + modules.size() + " modules (jlink): " + String.join(",", modules));
            Path runtime = work.resolve("runtime");
            RuntimeImage.link(modules, runtime);

            progress.accept("making the app image (jpackage)");
            Path out = work.resolve("out");
            List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", app.name(),
                    "--dest", out.toString(), "--input", input.toString(), "--main-jar", mainJar,
                    "--main-class", launcherMainClass, "--runtime-image", runtime.toString()));
            for (String option : javaOptions(app, mainClasses != null)) {
                args.add("--java-options");
                args.add(option);
            }
            JdkTools.run("jpackage", args);

            ImageLayout built = ImageLayout.of(out, app.name());
            Path appDir = built.appDir();
            progress.accept("copying the app folder, its main classes and Chromium's natives into the image");
            Path dest0 = dest.toAbsolutePath().normalize();
            Files.createDirectories(appDir.resolve("apps"));
            Trees.copy(app.folder(), appDir.resolve("apps").resolve(app.folder().getFileName().toString()),
                    p -> p.toAbsolutePath().normalize().equals(dest0)); // a --dest inside the app folder stays out
            if (mainClasses != null) {
                Trees.copy(mainClasses, appDir.resolve("main-classes"), p -> false);
            }
            Trees.copy(natives, appDir.resolve("natives"), p -> p.getFileName().toString().equals("preflight-passed"));
            Files.move(built.root(), image.root(), StandardCopyOption.ATOMIC_MOVE);
            return image;
        } catch (IOException e) {
            throw new PackagingException("cannot write under " + dest + ": " + e, e);
        } finally {
            Trees.deleteRecursively(work);
        }
    }

    /**
     * Makes a {@code .deb} of the app image {@code image} (made by {@link #appImage}) in {@code dest}.
     *
     * @throws PackagingException off Linux, without dpkg-deb or fakeroot, or when jpackage fails
     */
    public Path deb(AppManifest app, ImageLayout image, Path dest) {
        progress.accept("making a Debian package of the image (jpackage, dpkg-deb; compressing takes a while)");
        return DebPackage.build(image.root(), app.name(), dest);
    }

    /** Why a {@code .deb} cannot be made on this machine (checked before anything is built), or null. */
    public static String whyNoDeb() {
        return DebPackage.whyNot();
    }

    /** The launcher's JVM options; jpackage replaces {@code $APPDIR} by {@link ImageLayout#appDir()} at run time. */
    static List<String> javaOptions(AppManifest app, boolean hasMainClasses) {
        List<String> options = new ArrayList<>(SHELL_JVM_OPTIONS);
        options.add("-D" + CacheDirs.NATIVES_DIR_PROPERTY + "=$APPDIR/natives");
        options.add("-Dcefshell.packaged.app=$APPDIR/apps/" + app.folder().getFileName());
        if (hasMainClasses) {
            options.add("-Dcefshell.packaged.main-classes=$APPDIR/main-classes");
        }
        return options;
    }

    /** This build's natives, extracted (once per user, as `shell run` does). */
    private Path natives() {
        NativeBundle bundle = NativeBundle.forClasspath();
        if (!bundle.isExtracted()) {
            progress.accept("extracting Chromium's natives");
        }
        try {
            return bundle.ensureExtracted(TerminalProgressBar.onStderr());
        } catch (IOException e) {
            throw new PackagingException("cannot extract Chromium's natives into " + bundle.installDir() + ": " + e, e);
        }
    }

    /**
     * Copies this shell's classpath into {@code input}, class folders (a source tree's) made into jars named after
     * their module, and returns the name of the jar holding the launcher's main class.
     */
    private String copyShellJars(Path input) throws IOException {
        Map<String, Path> jars = new LinkedHashMap<>();
        String mainJar = null;
        String mainClassFile = launcherMainClass.replace('.', '/') + ".class";
        for (Path entry : ShellClasspath.ofThisJvm()) {
            String name = Files.isDirectory(entry) ? moduleName(entry) + ".jar" : entry.getFileName().toString();
            if (!name.endsWith(".jar") || jars.containsKey(name)) {
                continue;
            }
            Path target = input.resolve(name);
            if (Files.isDirectory(entry)) {
                Trees.jar(entry, target);
            } else {
                Files.copy(entry, target);
            }
            jars.put(name, target);
            if (mainJar == null && contains(target, mainClassFile)) {
                mainJar = name;
            }
        }
        if (mainJar == null) {
            throw new PackagingException("no jar on this shell's classpath holds " + launcherMainClass);
        }
        return mainJar;
    }

    /** {@code shell/target/classes} becomes {@code shell}; another class folder keeps its own name. */
    static String moduleName(Path classFolder) {
        Path parent = classFolder.getParent();
        if (classFolder.getFileName().toString().equals("classes") && parent != null
                && parent.getFileName().toString().equals("target") && parent.getParent() != null) {
            return parent.getParent().getFileName().toString();
        }
        return classFolder.getFileName().toString();
    }

    private static boolean contains(Path jar, String entry) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(entry) != null;
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
