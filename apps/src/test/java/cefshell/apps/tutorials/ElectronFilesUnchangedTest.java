package cefshell.apps.tutorials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tutorial apps' page, renderer and preload files are Electron's, byte for byte: each file's git blob id equals the
 * one its README records from Electron's repository ({@code git ls-tree <commit> docs/fiddles/...}). No Chromium.
 */
class ElectronFilesUnchangedTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([0-9a-f]{40})` \\|$", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"tutorial-preload", "ipc-pattern-1", "ipc-pattern-2", "ipc-pattern-3", "clipboard-copy", "dark-mode"})
    void pageRendererAndPreloadAreElectronsFiles(String app) throws Exception {
        Path folder = Path.of(app);
        Map<String, String> recorded = new LinkedHashMap<>();
        Matcher m = ROW.matcher(Files.readString(folder.resolve("README.md")));
        while (m.find()) {
            recorded.put(m.group(1), m.group(2));
        }
        assertTrue(recorded.keySet().containsAll(java.util.Set.of("index.html", "preload.js", "renderer.js")),
                app + "/README.md lists Electron's page, preload and renderer: " + recorded.keySet());
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            assertEquals(e.getValue(), blobId(Files.readAllBytes(folder.resolve(e.getKey()))),
                    app + "/" + e.getKey() + " differs from Electron's");
        }
    }

    /** What {@code git hash-object} prints: SHA-1 of "blob <length>\0" and the bytes. */
    private static String blobId(byte[] content) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha1.digest(content));
    }
}
