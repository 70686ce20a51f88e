package cefshell.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import cefshell.internal.app.AppFailedException;
import cefshell.internal.app.AppManifest;
import cefshell.internal.app.InvalidAppException;
import cefshell.internal.natives.NativesMissingException;
import cefshell.internal.natives.Platform;
import cefshell.internal.packaging.AppPackager;
import cefshell.internal.packaging.ImageLayout;
import cefshell.internal.packaging.PackageType;
import cefshell.internal.packaging.PackagingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shell package <app-dir>}: a self-contained app image made with the JDK's jpackage (and, with
 * {@code --type deb}, a Debian package of it), which starts on a machine without a JDK, Maven or this source tree.
 */
@Command(name = "package",
        sortOptions = false,
        description = {
                "Packages an app folder for users: a self-contained app image, and on Debian or Ubuntu a .deb.",
                "The image holds a launcher (bin/<name>), a Java runtime linked for the app (jlink), cefshell,"
                        + " the app folder, its main-side Java compiled, and Chromium's natives. Its launcher runs"
                        + " the app as `shell run` does and takes the same options (--headless, -- <app-args>...).",
                "Needs a full JDK 17 or later (jdeps, jlink, jpackage); a .deb also needs dpkg-deb and fakeroot.",
                "Takes a minute or two; the image is about 450 MB, most of it Chromium."},
        footer = {
                "",
                "Examples:",
                "  shell package apps/hello                      dist/hello/bin/hello",
                "  shell package apps/hello --type deb           ... and dist/hello_1.0-1_amd64.deb",
                "  shell package apps/hello --dest /tmp/out",
                "",
                "Exit codes:",
                "  0  packaged",
                "  1  packaging failed: a JDK tool is missing or failed, the main code does not compile",
                "  2  usage error: missing app folder, bad app.json, --type deb off Linux"})
final class PackageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<app-dir>", description = "The app folder: an index.html, optionally an app.json.")
    Path appDir;

    @Option(names = "--dest", paramLabel = "DIR", description = "Where the image (and the .deb) go (default: dist).")
    Path dest = Path.of("dist");

    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "app-image (default) or deb: the image and a Debian package of it.")
    PackageType type = PackageType.APP_IMAGE;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    static final class TypeConverter implements CommandLine.ITypeConverter<PackageType> {
        @Override
        public PackageType convert(String value) {
            try {
                return PackageType.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        try {
            AppManifest app = AppManifest.load(appDir, w -> System.err.println("cefshell: warning: " + w));
            String noDeb = type == PackageType.DEB ? AppPackager.whyNoDeb() : null;
            if (noDeb != null && !Platform.isLinux()) {
                throw new CommandLine.ParameterException(spec.commandLine(), noDeb);
            } else if (noDeb != null) {
                System.err.println("cefshell: " + noDeb);
                return CommandLine.ExitCode.SOFTWARE;
            }
            long started = System.nanoTime();
            AppPackager packager = new AppPackager(PackagedApp.class.getName(),
                    step -> System.err.println("cefshell: " + step + "..."), System.err);
            ImageLayout image = packager.appImage(app, dest);
            System.out.println("app image: " + image.root() + "   (start it with " + image.launcher() + ")");
            if (type == PackageType.DEB) {
                System.out.println("deb:       " + packager.deb(app, image, dest)
                        + "   (install it with: sudo apt install ./<file>.deb)");
            }
            System.err.println("cefshell: packaged in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            return CommandLine.ExitCode.OK;
        } catch (InvalidAppException e) {
            System.err.println("cefshell: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (AppFailedException | PackagingException | NativesMissingException e) {
            System.err.println("cefshell: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
    }
}
