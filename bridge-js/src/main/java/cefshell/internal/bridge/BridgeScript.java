package cefshell.internal.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The preload script: the files listed in {@code cefshell/bridge/preload.order}, concatenated inside one function
 * so that nothing but the deliberately exposed names ({@code ipcRenderer}, {@code require}, {@code contextBridge},
 * {@code __cefshell}) reaches the page. It runs once per document: a second injection (e.g. a fallback) is a no-op.
 */
public final class BridgeScript {
    private static final String BASE = "/cefshell/bridge/";
    private static final String SOURCE = assemble();

    private BridgeScript() {
    }

    /** The complete preload, ready to run first in a document. */
    public static String source() {
        return SOURCE;
    }

    private static String assemble() {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("(function () {\n'use strict';\nif (window.__cefshell) return;\n")
          // same-origin endpoint for app:// pages (no CORS round trip); other origins use the shared host
          .append("const config = { endpoint: (location.protocol === 'app:' ? location.origin : 'app://cefshell')")
          .append(" + '/__cefshell/' };\n");
        for (String line : read("preload.order").split("\n")) {
            String file = line.trim();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            sb.append("// ---- ").append(file).append('\n').append(read(file)).append('\n');
        }
        sb.append("})();\n//# sourceURL=cefshell-preload.js\n");
        return sb.toString();
    }

    private static String read(String name) {
        try (InputStream in = BridgeScript.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("bridge-js resource missing: " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
