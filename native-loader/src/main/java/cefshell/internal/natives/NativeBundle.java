package cefshell.internal.natives;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cef.CefApp;

import me.friwi.jcefmaven.EnumPlatform;
import me.friwi.jcefmaven.UnsupportedPlatformException;

/**
 * The CEF natives of this build for this platform, taken from the {@code jcef-natives-<platform>} artifact on the
 * classpath (e.g. {@code jcef-natives-linux-amd64}; see {@link #platform()}) and extracted once into a per-user cache
 * keyed by the CEF build ({@code ~/.cache/cefshell/natives/<release-tag>}). A packaged app names a folder of natives
 * extracted ahead instead ({@link CacheDirs#NATIVES_DIR_PROPERTY}), which is used as is and never written.
 *
 * <p>Extraction is safe when several processes start at once: one holds an exclusive file lock while it extracts
 * into a private temporary folder, then renames that folder into place atomically. Everyone else waits on the lock
 * and then finds the finished folder. A folder without the {@value #COMPLETE_MARKER} marker is never used.
 */
public final class NativeBundle {
    /** Written last into a finished extraction; jcefmaven checks the same file name. */
    public static final String COMPLETE_MARKER = "install.lock";
    private static final String PLATFORM = platform();
    private static final String BUILD_META = "/build_meta.json";
    /** A tag has no quote or backslash (e.g. {@code jcef-d3de827+cef-146.0.10+g8219561+chromium-146.0.7680.179}). */
    private static final Pattern RELEASE_TAG = Pattern.compile("\"release_tag\"\\s*:\\s*\"([^\"\\\\]+)\"");

    private final String releaseTag;
    private final Path cacheRoot;
    /** Set when the natives are a folder extracted ahead (a packaged app's): no archive, no extraction. */
    private final Path fixedDir;

    private NativeBundle(String releaseTag, Path cacheRoot, Path fixedDir) {
        this.releaseTag = releaseTag;
        this.cacheRoot = cacheRoot;
        this.fixedDir = fixedDir;
    }

    /**
     * This machine's platform as jcefmaven names its natives artifacts ({@code linux-amd64}, {@code macosx-arm64},
     * {@code windows-amd64}, ...; from {@code os.name} and {@code os.arch}), or {@code os.name-os.arch} when
     * jcefmaven has no natives for it.
     */
    public static String platform() {
        try {
            return EnumPlatform.getCurrentPlatform().getIdentifier();
        } catch (UnsupportedPlatformException e) {
            return (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                    .toLowerCase(Locale.ROOT).replace(' ', '_');
        }
    }

    /**
     * The bundle for the jcef-api on the classpath: cached under {@link CacheDirs#root()}, or the folder named by
     * {@link CacheDirs#NATIVES_DIR_PROPERTY}.
     */
    public static NativeBundle forClasspath() {
        return new NativeBundle(releaseTagOnClasspath(), CacheDirs.root().resolve("natives"), CacheDirs.fixedNativesDir());
    }

    /** For tests and packaging: a bundle cached under another folder (never a fixed one). */
    public static NativeBundle forClasspath(Path cacheRoot) {
        return new NativeBundle(releaseTagOnClasspath(), cacheRoot, null);
    }

    /**
     * The {@code release_tag} of the jcef-api jar's {@code build_meta.json}, the file jcefmaven's
     * {@code CefBuildInfo.fromClasspath} reads. Read here with a pattern, not through that method: it builds a Gson
     * instance and maps the file reflectively, ~90 ms of a cold JVM's start-up for one string.
     */
    private static String releaseTagOnClasspath() {
        try (InputStream in = CefApp.class.getResourceAsStream(BUILD_META)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(BUILD_META + " is not on the classpath (jcef-api jar)"));
            }
            return releaseTagOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_META + " from the jcef-api jar", e);
        }
    }

    /** The {@code release_tag} string of a {@code build_meta.json} text; fails clearly when there is none. */
    static String releaseTagOf(String buildMetaJson) {
        Matcher m = RELEASE_TAG.matcher(buildMetaJson);
        if (!m.find()) {
            throw new IllegalStateException("no release_tag in " + BUILD_META + ": " + buildMetaJson);
        }
        return m.group(1);
    }

    /** The jcef build, e.g. {@code jcef-d3de827+cef-146.0.10+g8219561+chromium-146.0.7680.179}. */
    public String releaseTag() {
        return releaseTag;
    }

    /** Where the natives live once extracted. */
    public Path installDir() {
        return fixedDir != null ? fixedDir : cacheRoot.resolve(releaseTag);
    }

    /** True when the natives are a folder extracted ahead, named by {@link CacheDirs#NATIVES_DIR_PROPERTY}. */
    public boolean isFixed() {
        return fixedDir != null;
    }

    public boolean isExtracted() {
        return Files.isRegularFile(installDir().resolve(COMPLETE_MARKER));
    }

    /** Classpath resource name of the natives archive inside the natives artifact. */
    String archiveResource() {
        return "/jcef-natives-" + PLATFORM + "-" + releaseTag + ".tar.gz";
    }

    /** The natives archive, or null when the natives artifact is not on the classpath. */
    public URL archive() {
        return NativeBundle.class.getResource(archiveResource());
    }

    /**
     * Returns the install folder, extracting the natives first if no finished copy exists.
     *
     * @throws NativesMissingException when the natives artifact is not on the classpath
     */
    public Path ensureExtracted(ExtractionProgress progress) throws IOException {
        if (isExtracted()) {
            return installDir();
        }
        if (fixedDir != null) {
            throw new NativesMissingException("The CEF natives folder " + fixedDir + " (named by -D"
                    + CacheDirs.NATIVES_DIR_PROPERTY + ") is incomplete: it has no " + COMPLETE_MARKER
                    + ". If this is a packaged app, package it again.");
        }
        URL archive = archive();
        if (archive == null) {
            throw new NativesMissingException("The CEF natives are not on the classpath: add the Maven dependency "
                    + "me.friwi:jcef-natives-" + PLATFORM + ":" + releaseTag + " (resource " + archiveResource() + ").");
        }
        Files.createDirectories(cacheRoot);
        Path lockFile = cacheRoot.resolve(releaseTag + ".lock");
        synchronized (NativeBundle.class) { // a FileLock is per JVM; threads of one JVM queue here first
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (isExtracted()) {
                    return installDir(); // another process finished while we waited
                }
                extractInto(archive, progress);
            }
        }
        return installDir();
    }

    private void extractInto(URL archive, ExtractionProgress progress) throws IOException {
        Path tmp = Files.createTempDirectory(cacheRoot, releaseTag + ".partial-");
        try {
            URLConnection connection = archive.openConnection();
            long size = connection.getContentLengthLong();
            progress.started(size);
            try (InputStream in = new CountingInputStream(connection.getInputStream(), progress::advanced)) {
                TarGzExtraction.extract(in, tmp);
            }
            Files.createFile(tmp.resolve(COMPLETE_MARKER));
            deleteRecursively(installDir()); // leftovers of a run that died before the rename
            Files.move(tmp, installDir(), StandardCopyOption.ATOMIC_MOVE);
            progress.finished();
        } finally {
            deleteRecursively(tmp);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
