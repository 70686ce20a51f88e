package cefshell.internal.runtime;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the browser profile folder of a run that was given none: a new folder under {@code java.io.tmpdir} that only
 * this user can enter.
 *
 * <p>Not {@code Files.createTempDirectory}: that draws its name from a {@code SecureRandom}, and the first one of a
 * process costs 20–30 ms on a cold JVM here (the security providers' classes and the seed), on the way to the first
 * window; raw JCEF pays nothing like it. The name needs no secret: the folder is made with {@code mkdir}, which fails
 * on any existing entry, symbolic links included, so a name someone else took first is skipped, never used.
 */
final class TempProfileDir {
    private static final int ATTEMPTS = 100;

    private TempProfileDir() {
    }

    static Path create(String prefix) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        FileAlreadyExistsException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            String name = prefix + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createDirectory(tmp.resolve(name), ownerOnly);
            } catch (FileAlreadyExistsException e) {
                last = e;
            }
        }
        throw new IOException("no free name for a folder under " + tmp + " after " + ATTEMPTS + " attempts", last);
    }
}
