package cefshell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.google.gson.Gson;

import cefshell.internal.scheme.AppSchemeHandlerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shell new <dir>}: a new app folder from the template in this jar (a page, a preload that gives the page an
 * API through {@code contextBridge}, and main-side Java that answers it), ready for {@code shell run <dir>}.
 */
@Command(name = "new",
        sortOptions = false,
        description = {
                "Creates a new app folder that `shell run` starts at once.",
                "It holds app.json, index.html and renderer.js (the page), preload.js (gives the page"
                        + " window.api through contextBridge) and main/<package>/Main.java (answers the page)."},
        footer = {
                "",
                "Examples:",
                "  shell new my-app && shell run my-app",
                "  shell new apps/notes --title \"My notes\"",
                "",
                "Exit codes:",
                "  0  created",
                "  1  the folder could not be written",
                "  2  usage error: the folder exists and is not empty"})
final class NewCommand implements Callable<Integer> {
    /** The template's files, under /cefshell/cli/template/ in this jar. */
    private static final List<String> FILES = List.of(
            "app.json", "index.html", "preload.js", "renderer.js", "style.css", "main/Main.java");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "The folder to create; its name is the app's name.")
    Path dir;

    @Option(names = "--title", paramLabel = "TEXT", description = "The window's title (default: from the name).")
    String title;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + " exists and is not empty");
        }
        String name = AppSchemeHandlerFactory.hostFor(dir.toAbsolutePath().normalize().getFileName().toString());
        String pkg = javaPackage(name);
        String windowTitle = title != null ? title : titleOf(name);
        Map<String, String> values = Map.of("{{name}}", name, "{{package}}", pkg,
                "{{title-json}}", new Gson().toJson(windowTitle), "{{title-html}}", html(windowTitle));
        try {
            for (String file : FILES) {
                String target = file.equals("main/Main.java") ? "main/" + pkg + "/Main.java" : file;
                Path out = dir.resolve(target);
                Files.createDirectories(out.getParent());
                Files.writeString(out, fill(template(file), values), StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("cefshell: cannot write " + dir + ": " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        System.out.println("Created " + dir + ": app://" + name + "/, main code in package " + pkg + ".");
        System.out.println("Run it:  shell run " + dir);
        return CommandLine.ExitCode.OK;
    }

    /** {@code my-app} -> {@code myapp}; a name starting with a digit gets a prefix, as a package may not. */
    static String javaPackage(String appName) {
        String p = appName.replaceAll("[^a-z0-9]", "");
        return p.isEmpty() || Character.isDigit(p.charAt(0)) ? "app" + p : p;
    }

    /** {@code my-app} -> {@code My app}. */
    static String titleOf(String appName) {
        String words = appName.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String template(String file) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("template/" + file)) {
            if (in == null) {
                throw new IOException("the template file " + file + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fill(String text, Map<String, String> values) {
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        return text;
    }
}
