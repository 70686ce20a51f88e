package cefshell.internal.typed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The classes of a folder of compiled classes that have {@code @IpcEndpoint} methods, loaded without running their
 * static initialisers (finding types runs none of the app's code).
 */
public final class EndpointClasses {
    private EndpointClasses() {
    }

    /** Sorted by name; {@code parent} is the loader that has the shell's API. */
    public static List<Class<?>> in(Path classes, ClassLoader parent) {
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("types", new URL[] {classes.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/').replace('/', '.')
                        .replaceAll("\\.class$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c;
                try {
                    c = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue; // e.g. a class naming a library that is not on the shell's class path
                }
                if (!c.isInterface() && !c.isAnnotation() && TypedEndpoints.hasEndpoints(c)) {
                    found.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }
}
