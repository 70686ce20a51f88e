package cefshell.internal.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import cefshell.internal.natives.CacheDirs;
import cefshell.internal.natives.Platform;

/**
 * Compiles an app's main-side Java sources in-process against the shell's own classpath, so users need no build
 * step, and caches the classes per user under {@code <cache>/apps/<key>/classes}.
 *
 * <p>The key is a SHA-256 of everything the result depends on: the sources (paths and contents), the classpath
 * (names, sizes and times of its jars), the Java version and the compiler options. Same key, same classes: a second
 * run reuses them and writes nothing. A compilation goes into a temporary folder that is renamed into place only
 * when complete, with the {@value #MARKER} file inside, so a crash never leaves a half-compiled cache behind.
 */
public final class MainCompiler {
    /** Written last into a finished cache entry; its presence means "complete", its contents say when and what. */
    public static final String MARKER = "compiled.properties";
    private static final List<String> OPTIONS = List.of("-encoding", "UTF-8", "--release", "17", "-proc:none", "-g",
            "-parameters") /* typed IPC names parameters in errors and in the TypeScript it writes */;
    private static final Duration STALE_PARTIAL = Duration.ofHours(1);

    private final Path cacheRoot;
    private final PrintStream diagnostics;
    private final Consumer<String> log;

    /**
     * @param diagnostics where compiler errors and warnings go ({@code file:line: error: message})
     * @param log         told what was compiled or reused (shown with {@code --verbose})
     */
    public MainCompiler(PrintStream diagnostics, Consumer<String> log) {
        this(CacheDirs.root().resolve("apps"), diagnostics, log);
    }

    MainCompiler(Path cacheRoot, PrintStream diagnostics, Consumer<String> log) {
        this.cacheRoot = cacheRoot;
        this.diagnostics = diagnostics;
        this.log = log;
    }

    /**
     * Returns the folder of compiled classes for the app's main code, compiling only when the cache has no match.
     *
     * @throws AppFailedException when the sources do not compile (the diagnostics are printed first) or this Java
     *                            runtime has no compiler
     */
    public Path compile(AppManifest app) {
        AppManifest.Main main = app.main();
        List<Path> sources = sources(main.sources());
        String classpath = System.getProperty("java.class.path", "");
        Path entry = cacheRoot.resolve(key(app.folder(), sources, classpath));
        if (Files.isRegularFile(entry.resolve(MARKER))) {
            log.accept("reusing compiled main code in " + entry);
            return entry.resolve("classes");
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AppFailedException("this app has main-side Java code, but this Java runtime ("
                    + System.getProperty("java.home") + ") has no compiler. Run cefshell with a JDK. "
                    + Platform.jdkInstallHint());
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(cacheRoot);
            deleteStalePartials();
            Path partial = Files.createTempDirectory(cacheRoot, entry.getFileName() + ".partial-");
            try {
                Path classes = Files.createDirectories(partial.resolve("classes"));
                if (!run(javac, app.folder(), sources, classpath, classes)) {
                    throw new AppFailedException("the main-side code of " + app.name() + " does not compile; "
                            + "nothing was run");
                }
                Files.writeString(partial.resolve(MARKER), "compiled=" + Instant.now() + "\nsources="
                        + sources.size() + "\njava=" + Runtime.version() + "\n", StandardCharsets.UTF_8);
                publish(partial, entry);
            } finally {
                deleteRecursively(partial);
            }
        } catch (IOException e) {
            throw new AppFailedException("cannot write the compiled main code under " + cacheRoot + ": " + e, e);
        }
        log.accept("compiled " + sources.size() + " main source file(s) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms into " + entry);
        return entry.resolve("classes");
    }

    private boolean run(JavaCompiler javac, Path folder, List<Path> sources, String classpath, Path classes)
            throws IOException {
        DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(collected, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            List<String> options = new java.util.ArrayList<>(OPTIONS);
            options.addAll(List.of("-classpath", classpath));
            boolean ok = javac.getTask(null, files, collected, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            new DiagnosticPrinter(folder, diagnostics).print(collected.getDiagnostics());
            return ok;
        }
    }

    /** Renames the finished compilation into place; if another process got there first, uses theirs. */
    private static void publish(Path partial, Path entry) throws IOException {
        try {
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(entry.resolve(MARKER))) {
                deleteRecursively(entry); // an unmarked leftover: replace it
                Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    static List<Path> sources(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(Path folder, List<Path> sources, String classpath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "cefshell-main-1\n" + Runtime.version() + "\n" + OPTIONS + "\n" + classpath + "\n");
            for (String element : classpath.split(java.io.File.pathSeparator)) {
                Path p = Path.of(element);
                if (Files.isRegularFile(p)) { // a jar: a rebuilt shell must not reuse classes compiled against the old
                    update(sha, Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis() + "\n");
                }
            }
            for (Path source : sources) {
                byte[] content = Files.readAllBytes(source);
                update(sha, folder.relativize(source).toString().replace('\\', '/') + "\0" + content.length + "\0");
                sha.update(content);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Partial folders of runs that died mid-compilation; an hour is far longer than any compilation. */
    private void deleteStalePartials() throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_PARTIAL));
        try (Stream<Path> list = Files.list(cacheRoot)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                if (p.getFileName().toString().contains(".partial-")
                        && Files.getLastModifiedTime(p).compareTo(cutoff) < 0) {
                    deleteRecursively(p);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
