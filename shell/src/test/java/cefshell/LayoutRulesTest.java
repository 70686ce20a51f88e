package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The import rules of the shell's layout (docs/threading.md names the threads; shared layout notes name the rooms),
 * read from the sources themselves, so a change that breaks one fails here with the file and the reference:
 * <ul>
 * <li>the public {@code cefshell} API names no internal type in a public signature;
 * <li>{@code internal.codec} uses only Java, Gson and the public value types;
 * <li>the IPC core ({@code internal.ipc}) never uses its transports, the browser, ports, guests or UI;
 * <li>transports use only the IPC core, the codec and JCEF, and reach the dispatcher only through {@code Inbound};
 * <li>{@code internal.ports} and {@code internal.guest} never use each other; {@code internal.ui} uses only the public
 *     API, Java and Swing;
 * <li>only the codec writes JSON ({@code JsonWriter});
 * <li>no file of the shell's main sources runs over 400 lines without a one-line reason ({@code // Long file: ...})
 *     at its top.
 * </ul>
 */
class LayoutRulesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\b(cefshell\\.internal(?:\\.[a-z]+)+|org\\.cef\\.[a-z.]+|"
            + "com\\.google\\.gson[a-zA-Z.]*|javax?\\.[a-z.]+)\\.?([A-Z]\\w*)?");

    private record Ref(Path file, String target) { }

    @Test
    void importRulesHold() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Ref ref : references()) {
            String pkg = packageOf(ref.file());
            String t = ref.target();
            if (pkg.equals("cefshell.internal.codec") && t.startsWith("cefshell.internal.") && !t.startsWith("cefshell.internal.codec")) {
                broken.add(ref + ": the codec uses only Java, Gson and the public value types");
            }
            if (pkg.equals("cefshell.internal.ipc") && (t.startsWith("cefshell.internal.ipc.transport")
                    || startsWithAny(t, "cefshell.internal.browser", "cefshell.internal.ports", "cefshell.internal.guest",
                    "cefshell.internal.ui", "cefshell.internal.scheme", "cefshell.internal.app", "org.cef.handler"))) {
                broken.add(ref + ": the IPC core never uses transports, browser, ports, guests, UI or CEF handlers");
            }
            if (pkg.startsWith("cefshell.internal.ipc.transport")) {
                if (t.startsWith("cefshell.internal.") && !startsWithAny(t, "cefshell.internal.ipc", "cefshell.internal.codec")) {
                    broken.add(ref + ": transports use only the IPC core and the codec");
                }
                if (t.endsWith("IpcDispatcher") || t.endsWith("FrameLane")) {
                    broken.add(ref + ": transports reach the dispatcher only through Inbound");
                }
            }
            if (pkg.startsWith("cefshell.internal.ports") && t.startsWith("cefshell.internal.guest")
                    || pkg.startsWith("cefshell.internal.guest") && t.startsWith("cefshell.internal.ports")) {
                broken.add(ref + ": ports and guests never use each other");
            }
            if (pkg.startsWith("cefshell.internal.ui") && (t.startsWith("cefshell.internal.") || t.startsWith("org.cef"))) {
                broken.add(ref + ": the UI uses only the public API, Java and Swing");
            }
            if (t.equals("com.google.gson.stream.JsonWriter") && !pkg.equals("cefshell.internal.codec")) {
                broken.add(ref + ": only the codec writes JSON");
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void thePublicApiNamesNoInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("cefshell"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Class<?> c = Class.forName("cefshell." + f.getFileName().toString().replace(".java", ""));
                if (!Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                        check(leaks, c, m.toGenericString());
                    }
                }
                for (Constructor<?> k : c.getDeclaredConstructors()) {
                    if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) {
                        check(leaks, c, k.toGenericString());
                    }
                }
                for (Field fl : c.getDeclaredFields()) {
                    if (Modifier.isPublic(fl.getModifiers())) {
                        check(leaks, c, fl.toGenericString());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void longFilesSayWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                if (lines.size() > 400 && lines.stream().limit(3).noneMatch(l -> l.startsWith("// Long file: "))) {
                    unexplained.add(f + " has " + lines.size() + " lines and no '// Long file: <reason>' at its top");
                }
            }
        }
        assertEquals(List.of(), unexplained);
    }

    private static void check(List<String> leaks, Class<?> c, String signature) {
        String withoutThrows = signature.replaceAll(" throws .*", "");
        if (withoutThrows.contains("cefshell.internal.")) {
            leaks.add(c.getSimpleName() + ": " + signature);
        }
    }

    private static List<Ref> references() throws IOException {
        List<Ref> refs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Set<String> seen = new TreeSet<>();
                for (String line : Files.readAllLines(f)) {
                    String code = line.strip();
                    if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = REFERENCE.matcher(code);
                    while (m.find()) {
                        String target = m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2);
                        if (seen.add(target)) {
                            refs.add(new Ref(MAIN.relativize(f), target));
                        }
                    }
                }
            }
        }
        return refs;
    }

    private static String packageOf(Path relativeFile) {
        Path dir = relativeFile.getParent();
        return dir == null ? "" : dir.toString().replace('/', '.').replace('\\', '.');
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
