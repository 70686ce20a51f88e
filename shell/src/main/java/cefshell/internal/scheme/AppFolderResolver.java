package cefshell.internal.scheme;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps a request URL path to a file inside one app folder, and refuses everything that could leave it:
 * {@code ..} segments (raw or percent-encoded), encoded slashes or backslashes, NUL bytes, and symbolic links whose
 * target lies outside the folder. A folder path serves its {@code index.html}.
 */
public final class AppFolderResolver {
    /** What a path resolved to. */
    public sealed interface Resolution permits Found, NotFound, Forbidden { }

    public record Found(Path file) implements Resolution { }

    public record NotFound(String path) implements Resolution { }

    public record Forbidden(String path, String reason) implements Resolution { }

    private final Path root;

    /** @param root the app folder; it must exist */
    public AppFolderResolver(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** Resolves the path part of an {@code app://host/...} URL. */
    public Resolution resolve(String url) {
        String rawPath;
        try {
            rawPath = new URI(url).getRawPath();
        } catch (URISyntaxException e) {
            return new Forbidden(url, "malformed URL");
        }
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = "/";
        }
        Path candidate = root;
        for (String rawSegment : rawPath.split("/", -1)) {
            if (rawSegment.isEmpty()) {
                continue;
            }
            String lower = rawSegment.toLowerCase();
            if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
                return new Forbidden(rawPath, "encoded separator in path");
            }
            String segment = percentDecode(rawSegment);
            if (segment == null) {
                return new Forbidden(rawPath, "bad percent-encoding");
            }
            if (segment.equals("..") || segment.equals(".") || segment.contains("\\") || segment.indexOf('\0') >= 0) {
                return new Forbidden(rawPath, "path traversal");
            }
            candidate = candidate.resolve(segment);
        }
        if (!candidate.normalize().startsWith(root)) {
            return new Forbidden(rawPath, "path traversal");
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        if (!Files.exists(candidate)) {
            return new NotFound(rawPath);
        }
        try {
            Path real = candidate.toRealPath(); // follows symbolic links
            if (!real.startsWith(root)) {
                return new Forbidden(rawPath, "symbolic link leads outside the app folder");
            }
            if (!Files.isRegularFile(real)) {
                return new NotFound(rawPath);
            }
            return new Found(real);
        } catch (IOException e) {
            return new NotFound(rawPath);
        }
    }

    /** Strict percent-decoding of one segment; null if malformed. */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte b : utf8) {
                    if (n >= out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
                    }
                    out[n++] = b;
                }
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
