package cefshell.internal.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cefshell.internal.display.XvfbDisplay;
import cefshell.internal.natives.Platform;

/**
 * A Debian package made by jpackage from a finished app image: it installs under {@code /opt/<name>}, and jpackage
 * writes its {@code Depends} from the shared libraries the image's binaries (Chromium's among them) link against.
 * Linux only, and it needs dpkg-deb and fakeroot.
 */
final class DebPackage {
    private DebPackage() {
    }

    /** What stops a .deb from being made here, or null when nothing does. */
    static String whyNot() {
        if (!Platform.isLinux()) {
            return "a .deb can only be made on Linux (Debian or Ubuntu); this is " + System.getProperty("os.name")
                    + ". Use --type app-image.";
        }
        for (String tool : List.of("dpkg-deb", "fakeroot")) {
            if (XvfbDisplay.findOnPath(tool) == null) {
                return "making a .deb needs " + tool + ", which is not installed. On Debian or Ubuntu:"
                        + "  sudo apt-get install -y dpkg fakeroot";
            }
        }
        return null;
    }

    /** Packages {@code image} into {@code dest} and returns the .deb. */
    static Path build(Path image, String name, Path dest) {
        String why = whyNot();
        if (why != null) {
            throw new PackagingException(why);
        }
        String packageName = packageName(name);
        FileTime started = FileTime.from(Instant.now().minusSeconds(1));
        JdkTools.run("jpackage", List.of("--type", "deb", "--app-image", image.toString(), "--name", name,
                "--linux-package-name", packageName, "--dest", dest.toString()));
        try (Stream<Path> files = Files.list(dest)) {
            return files.filter(p -> p.getFileName().toString().startsWith(packageName + "_")
                            && p.getFileName().toString().endsWith(".deb"))
                    .filter(p -> modified(p).compareTo(started) >= 0)
                    .max(Comparator.comparing(DebPackage::modified))
                    .orElseThrow(() -> new PackagingException("jpackage made no " + packageName + "_*.deb in " + dest));
        } catch (IOException e) {
            throw new PackagingException("cannot list " + dest + ": " + e, e);
        }
    }

    /** Debian's rule for package names: lower case letters, digits and {@code + - .}, starting with a letter or digit. */
    static String packageName(String appName) {
        String name = appName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+.-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return name.length() < 2 ? "cefshell-app-" + name : name;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
