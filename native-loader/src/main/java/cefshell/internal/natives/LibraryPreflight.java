package cefshell.internal.natives;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Finds the shared libraries that CEF's binaries (and the JDK's AWT, which JCEF needs) cannot load on this machine,
 * by asking {@code ldd}, and names the Debian packages that provide them.
 */
public final class LibraryPreflight {
    /** Binaries whose dependencies must resolve; libjawt comes from the JDK and is loaded by the JVM itself. */
    private static final List<String> CEF_BINARIES = List.of("libcef.so", "libjcef.so", "jcef_helper");
    private static final Set<String> PROVIDED_BY_JVM = Set.of("libjawt.so", "libjvm.so");

    private LibraryPreflight() {
    }

    /** The outcome: missing sonames, the packages that provide them, and problems that are not a library. */
    public record Report(Set<String> missingLibraries, Set<String> packages, List<String> problems) {
        public boolean ok() {
            return missingLibraries.isEmpty() && problems.isEmpty();
        }

        /** One message naming what is missing and the command that installs it. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            if (!missingLibraries.isEmpty()) {
                sb.append("Chromium cannot start: missing shared libraries ").append(String.join(", ", missingLibraries))
                        .append(".\nInstall them with:  sudo apt-get install -y ").append(String.join(" ", packages));
            }
            for (String p : problems) {
                sb.append(sb.length() > 0 ? "\n" : "").append(p);
            }
            return sb.toString();
        }
    }

    /** Written into the natives folder after a check passed, holding the Java home it was made for. */
    private static final String PASSED_STAMP = "preflight-passed";

    /**
     * {@link #check} once per natives folder and Java runtime: a passed check is remembered in the folder, because
     * {@code ldd} on CEF's binaries costs ~50 ms of every start. Call {@link #forget} when CEF then fails to load
     * or start, and check again to explain why.
     */
    public static Report checkOnce(Path installDir) {
        Path stamp = installDir.resolve(PASSED_STAMP);
        String javaHome = System.getProperty("java.home");
        try {
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(javaHome)) {
                return new Report(Set.of(), Set.of(), List.of());
            }
        } catch (IOException e) {
            // check again
        }
        Report r = check(installDir);
        if (r.ok()) {
            try {
                Files.writeString(stamp, javaHome);
            } catch (IOException e) {
                // a read-only cache: check again next time
            }
        }
        return r;
    }

    /** Drops the remembered result, so the next {@link #checkOnce} runs {@code ldd} again. */
    public static void forget(Path installDir) {
        try {
            Files.deleteIfExists(installDir.resolve(PASSED_STAMP));
        } catch (IOException e) {
            // nothing to forget
        }
    }

    /** Checks the natives in {@code installDir} and this JVM's AWT library. */
    public static Report check(Path installDir) {
        Set<String> missing = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String binary : CEF_BINARIES) {
            Path file = installDir.resolve(binary);
            if (!Files.exists(file)) {
                problems.add("The CEF natives are incomplete: " + file + " does not exist. Delete " + installDir
                        + " and run again to re-extract them.");
                continue;
            }
            missing.addAll(missingLibraries(file, problems));
        }
        Path awt = Path.of(System.getProperty("java.home"), "lib", "libawt_xawt.so");
        if (!Files.exists(awt)) {
            problems.add("This Java runtime has no AWT display support (" + awt + " is missing; a 'headless' JRE?). "
                    + "Install a full JDK:  sudo apt-get install -y openjdk-17-jdk");
        } else {
            missing.addAll(missingLibraries(awt, problems));
        }
        missing.removeAll(PROVIDED_BY_JVM);
        Set<String> packages = new TreeSet<>();
        for (String lib : missing) {
            packages.add(DebianPackages.providing(lib));
        }
        return new Report(missing, packages, problems);
    }

    private static List<String> missingLibraries(Path binary, List<String> problems) {
        List<String> result = new ArrayList<>();
        try {
            Process ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
            String out = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ldd.waitFor(20, TimeUnit.SECONDS)) {
                ldd.destroyForcibly();
            }
            for (String line : out.split("\n")) {
                // "\tlibnss3.so => not found"
                int arrow = line.indexOf("=> not found");
                if (arrow > 0) {
                    result.add(line.substring(0, arrow).trim());
                }
            }
        } catch (IOException e) {
            problems.add("Could not run ldd to check Chromium's libraries (" + e.getMessage()
                    + "); install it with:  sudo apt-get install -y libc-bin");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }
}
