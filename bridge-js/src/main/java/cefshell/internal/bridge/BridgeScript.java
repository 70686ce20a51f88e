package cefshell.internal.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The preload script: the files listed in {@code cefshell/bridge/worlds/<world>.order}, concatenated inside one
 * function so that nothing but the deliberately exposed names ({@code ipcRenderer}, {@code require},
 * {@code contextBridge}, {@code __cefshell}) reaches the page. It runs once per document: a second injection (e.g. a
 * fallback) is a no-op.
 *
 * <p>Each file declares what it provides and uses in its header comment ({@link ScriptFile}); assembly checks that
 * every name a file uses is provided by a file before it, so the dependencies are visible and a wrong order fails
 * at once, not in a page.
 *
 * <p>The build assembles each world once ({@link BridgeBuild}, so a wrong order fails the build) and writes it, with
 * its inline literal, under {@code cefshell/bridge/built/}; a start reads those two texts instead of assembling and
 * escaping ~90 KB of script on its way to the first page (26–53 ms of a cold JVM here, BENCHMARKS.md). Without
 * them (classes built by an IDE that skipped that step) the bridge is assembled here, as the build would.
 */
public final class BridgeScript {
    /** The JavaScript worlds a bridge is assembled for, each with its order file. */
    public enum World {
        /** The page's own world (contextIsolation off): the bridge before the page's scripts, ipcRenderer global. */
        PAGE("page", "window.__cefshell"),
        /** The isolated world of the bridge and the app's preload (contextIsolation on). */
        ISOLATED("isolated", "globalThis.__cefshell"),
        /** The page's own world when contextIsolation is on: the receiving end of contextBridge only. */
        MAIN_WORLD("main", null);

        final String name;
        final String orderFile;
        final String guard;

        World(String name, String guard) {
            this.name = name;
            this.orderFile = "worlds/" + (name.equals("main") ? "main-world" : name) + ".order";
            this.guard = guard;
        }
    }

    private static final String BASE = "/cefshell/bridge/";
    /** Names the assembled script defines before the first file. */
    private static final Set<String> PREAMBLE_PROVIDES = Set.of("config");
    /** Where the build puts each world's assembled script ({@code <world>.js}) and its literal ({@code .literal}). */
    static final String BUILT = "built/";
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();
    private static final Map<String, String> LITERALS = new ConcurrentHashMap<>();
    /** Where a page's config goes; nothing in it is escaped in a literal, so it is found there as it is. */
    static final String CONFIG_SLOT = "/*cefshell:config*/{}";

    private BridgeScript() {
    }

    /** The bridge of the page's own world with this JVM's defaults (no isolation). */
    public static String source() {
        return source(World.PAGE, BridgeConfig.plain(Map.of()));
    }

    /** The complete bridge of {@code world}, ready to run first in a document. */
    public static String source(World world, BridgeConfig config) {
        // one template per world; only the config line differs between pages
        return template(world).replace(CONFIG_SLOT, config.toJs(world.name));
    }

    /**
     * {@link #source} as a JavaScript string literal ({@link AsciiJsLiteral}): the template's was made by the build,
     * only the config is escaped here.
     */
    public static String asciiLiteral(World world, BridgeConfig config) {
        String literal = LITERALS.computeIfAbsent(world.name,
                k -> builtOr(world.name + ".literal", () -> AsciiJsLiteral.of(template(world))));
        return literal.replace(CONFIG_SLOT, AsciiJsLiteral.body(config.toJs(world.name)));
    }

    /** The world's script with {@link #CONFIG_SLOT} where the config goes. */
    private static String template(World world) {
        return TEMPLATES.computeIfAbsent(world.name, k -> builtOr(world.name + ".js", () -> assembleTemplate(world)));
    }

    /** Assembles the world from its files: what the build writes under {@link #BUILT}. */
    static String assembleTemplate(World world) {
        return assemble(world, CONFIG_SLOT, BridgeScript::read);
    }

    private static String builtOr(String name, Supplier<String> assembleNow) {
        String built = readIfPresent(BUILT + name);
        return built != null ? built : assembleNow.get();
    }

    /** Resource text by path under {@code cefshell/bridge/}. */
    interface Resources {
        String read(String path);
    }

    static String assemble(World world, Resources resources) {
        return assemble(world, BridgeConfig.plain(Map.of()).toJs(world.name), resources);
    }

    static String assemble(World world, String configJs, Resources resources) {
        List<ScriptFile> files = new ArrayList<>();
        for (String line : resources.read(world.orderFile).split("\n")) {
            String file = line.trim();
            if (!file.isEmpty() && !file.startsWith("#")) {
                files.add(ScriptFile.parse(file, resources.read(file)));
            }
        }
        checkDependencies(world, files);
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("(function () {\n'use strict';\n");
        if (world.guard != null) {
            sb.append("if (").append(world.guard).append(") return;\n");
        }
        // same-origin endpoint for app:// pages (no CORS round trip); other origins use the shared host
        sb.append("const config = Object.freeze(Object.assign(").append(configJs).append(", { endpoint: ")
          .append("(location.protocol === 'app:' ? location.origin : 'app://cefshell') + '/__cefshell/' }));\n");
        for (ScriptFile f : files) {
            sb.append("// ---- ").append(f.path()).append('\n').append(f.text()).append('\n');
        }
        sb.append("})();\n//# sourceURL=cefshell-").append(world.name).append(".js\n");
        return sb.toString();
    }

    private static void checkDependencies(World world, List<ScriptFile> files) {
        Set<String> provided = new LinkedHashSet<>(PREAMBLE_PROVIDES);
        for (ScriptFile f : files) {
            for (String name : f.uses()) {
                if (!provided.contains(name)) {
                    throw new IllegalStateException("bridge-js: " + f.path() + " uses '" + name + "', which no file before it in "
                            + world.orderFile + " provides (provided so far: " + provided + ")");
                }
            }
            for (String name : f.provides()) {
                if (!provided.add(name)) {
                    throw new IllegalStateException("bridge-js: " + f.path() + " provides '" + name + "' again");
                }
            }
        }
    }

    private static String read(String name) {
        String text = readIfPresent(name);
        if (text == null) {
            throw new IllegalStateException("bridge-js resource missing: " + BASE + name);
        }
        return text;
    }

    private static String readIfPresent(String name) {
        try (InputStream in = BridgeScript.class.getResourceAsStream(BASE + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
