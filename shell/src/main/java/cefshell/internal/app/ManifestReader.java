package cefshell.internal.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Parses {@code app.json} into an {@link AppManifest} and checks every field: its type, and that each path names an
 * existing file inside the app folder. The first problem ends the read with a one-line {@link InvalidAppException}
 * such as {@code apps/hello/app.json: "window.width" must be a positive whole number, got "wide"}.
 */
final class ManifestReader {
    private static final Set<String> TOP_FIELDS = Set.of("name", "version", "entry", "preload", "contextIsolation",
            "webviewTag", "window", "main", "singleInstance");
    private static final Set<String> WINDOW_FIELDS = Set.of("title", "width", "height");
    private static final Set<String> MAIN_FIELDS = Set.of("class", "sources");
    private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern CLASS_NAME = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
    private static final int MAX_WINDOW_SIDE = 16384;

    private final Path given;
    private final Consumer<String> warnings;
    private final String where; // how messages name app.json
    private Path root;

    ManifestReader(Path folder, Consumer<String> warnings) {
        this.given = folder;
        this.warnings = warnings;
        this.where = folder.resolve(AppManifest.FILE_NAME).toString();
    }

    AppManifest read() {
        if (!Files.exists(given)) {
            throw new InvalidAppException("no such app folder: " + given);
        }
        if (!Files.isDirectory(given)) {
            throw new InvalidAppException("not a folder: " + given
                    + " (shell run takes an app folder with an index.html)");
        }
        try {
            root = given.toRealPath();
        } catch (IOException e) {
            throw new InvalidAppException("cannot read the app folder " + given + ": " + e.getMessage());
        }
        Path file = root.resolve(AppManifest.FILE_NAME);
        JsonObject json = Files.exists(file) ? parse(file) : new JsonObject();
        warnUnknown(json, TOP_FIELDS, "");

        String name = string(json, "name", null);
        if (name == null) {
            name = root.getFileName() == null ? "app" : root.getFileName().toString();
        } else if (name.isBlank()) {
            throw bad("\"name\" must not be empty");
        }
        String version = string(json, "version", "0.0.0");
        Boolean singleInstance = bool(json, "singleInstance");
        boolean explicitEntry = json.has("entry");
        String entry = string(json, "entry", "index.html");
        Path entryFile = inside("entry", entry);
        if (!Files.isRegularFile(entryFile)) {
            throw new InvalidAppException(explicitEntry
                    ? where + ": \"entry\" names " + entry + ", which does not exist in " + given
                    : given + " has no index.html (an app folder needs one, or an app.json whose \"entry\" names"
                            + " its first page)");
        }
        String preloadName = string(json, "preload", null);
        Path preload = null;
        if (preloadName != null) {
            preload = inside("preload", preloadName);
            if (!Files.isRegularFile(preload)) {
                throw bad("\"preload\" names " + preloadName + ", which does not exist in " + given);
            }
        }
        Boolean contextIsolation = bool(json, "contextIsolation");
        Boolean webviewTag = bool(json, "webviewTag");
        return new AppManifest(root, name, root.relativize(entryFile).toString().replace('\\', '/'), preload,
                contextIsolation, Boolean.TRUE.equals(webviewTag), window(object(json, "window")),
                main(object(json, "main")), version, Boolean.TRUE.equals(singleInstance));
    }

    private JsonObject parse(Path file) {
        JsonElement element;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            element = JsonParser.parseReader(r);
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            throw bad("not valid JSON: " + message); // gson adds a second line with a troubleshooting link
        } catch (IOException e) {
            throw bad("cannot read it: " + e.getMessage());
        }
        if (!element.isJsonObject()) {
            throw bad("must hold a JSON object ({ ... }), got " + kind(element));
        }
        return element.getAsJsonObject();
    }

    private AppManifest.Window window(JsonObject w) {
        if (w == null) {
            return new AppManifest.Window(null, 800, 600);
        }
        warnUnknown(w, WINDOW_FIELDS, "window.");
        return new AppManifest.Window(string(w, "title", null, "window.title"),
                size(w, "width", 800), size(w, "height", 600));
    }

    private AppManifest.Main main(JsonObject m) {
        if (m == null) {
            return null;
        }
        warnUnknown(m, MAIN_FIELDS, "main.");
        String className = string(m, "class", null, "main.class");
        if (className == null) {
            throw bad("\"main.class\" is missing: name the class implementing cefshell.AppMain,"
                    + " e.g. \"hello.HelloMain\"");
        }
        if (!CLASS_NAME.matcher(className).matches()) {
            throw bad("\"main.class\" must be a Java class name such as \"hello.HelloMain\", got \""
                    + className + "\"");
        }
        String sourcesName = string(m, "sources", "main", "main.sources");
        Path sources = inside("main.sources", sourcesName);
        if (!Files.isDirectory(sources)) {
            throw bad("\"main.sources\" names the folder " + sourcesName + ", which does not exist in " + given);
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            if (walk.noneMatch(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))) {
                throw bad("\"main.sources\" folder " + sourcesName + " holds no .java files");
            }
        } catch (IOException e) {
            throw bad("cannot read the \"main.sources\" folder " + sourcesName + ": " + e.getMessage());
        }
        return new AppManifest.Main(className, sources);
    }

    /** Resolves a relative path from app.json and refuses one that leaves the app folder. */
    private Path inside(String field, String relative) {
        Path p;
        try {
            p = Path.of(relative);
        } catch (RuntimeException e) {
            throw bad("\"" + field + "\" is not a file path: \"" + relative + "\"");
        }
        if (relative.isBlank() || p.isAbsolute()) {
            throw bad("\"" + field + "\" must be a path relative to the app folder, got \"" + relative + "\"");
        }
        Path resolved = root.resolve(p).normalize();
        if (!resolved.startsWith(root) || escapesThroughLink(resolved)) {
            throw bad("\"" + field + "\" must stay inside the app folder, got \"" + relative + "\"");
        }
        return resolved;
    }

    private boolean escapesThroughLink(Path p) {
        try {
            return Files.exists(p) && !p.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private String string(JsonObject o, String field, String fallback) {
        return string(o, field, fallback, field);
    }

    private String string(JsonObject o, String field, String fallback, String label) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw bad("\"" + label + "\" must be a string, got " + kind(e));
        }
        return p.getAsString();
    }

    /** A true/false field, or null when absent. */
    private Boolean bool(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!(e instanceof JsonPrimitive p) || !p.isBoolean()) {
            throw bad("\"" + field + "\" must be true or false, got " + kind(e));
        }
        return p.getAsBoolean();
    }

    private JsonObject object(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw bad("\"" + field + "\" must be an object ({ ... }), got " + kind(e));
        }
        return e.getAsJsonObject();
    }

    private int size(JsonObject w, String field, int fallback) {
        JsonElement e = w.get(field);
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            double d = p.getAsDouble();
            if (d == Math.rint(d) && d >= 1 && d <= MAX_WINDOW_SIDE) {
                return (int) d;
            }
        }
        throw bad("\"window." + field + "\" must be a whole number of pixels from 1 to " + MAX_WINDOW_SIDE
                + ", got " + e);
    }

    private void warnUnknown(JsonObject o, Set<String> known, String prefix) {
        for (Map.Entry<String, JsonElement> f : o.entrySet()) {
            if (!known.contains(f.getKey())) {
                warnings.accept(where + ": unknown field \"" + prefix + f.getKey() + "\" ignored (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String kind(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return (p.isNumber() ? "the number " : p.isBoolean() ? "the boolean " : "the string ") + p;
    }

    private InvalidAppException bad(String what) {
        return new InvalidAppException(where + ": " + what);
    }
}
