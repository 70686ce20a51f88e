package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of the README's "Embedding in Swing" section compiles exactly as printed, and the Maven project in
 * examples/hello-swing holds that same example.
 */
class EmbeddingInSwingDocTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theExampleCompilesAsWrittenAndIsAtMostTwentyLinesBesidesImports(@TempDir Path dir) throws IOException {
        String readme = Files.readString(readmeFile());
        int section = readme.indexOf("## Embedding in Swing");
        assertTrue(section >= 0, "the README has an 'Embedding in Swing' section");
        String doc = readme.substring(section);
        Matcher m = JAVA_BLOCK.matcher(doc);
        assertTrue(m.find(), "a ```java block in the doc");
        String source = m.group(1);
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(name.find(), "a public class in the example");
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javac.getTask(null, files, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-Xlint:all"),
                    null, files.getJavaFileObjects(file)).call();
            assertTrue(ok, "javac: " + diagnostics.getDiagnostics());
        }
        assertEquals(List.of(), diagnostics.getDiagnostics().stream().map(Object::toString).toList(), "no warnings");
        assertTrue(Files.exists(dir.resolve(name.group(1) + ".class")));
        Path example = readmeFile().resolveSibling("examples/hello-swing");
        assertEquals(source + "\n", Files.readString(example.resolve("src/main/java/" + name.group(1) + ".java")),
                "examples/hello-swing holds the README's example as printed");
        Matcher html = Pattern.compile("```html\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
        assertTrue(html.find(), "a ```html block in the doc");
        assertEquals(html.group(1) + "\n", Files.readString(example.resolve("ui/index.html")),
                "examples/hello-swing holds the README's page as printed");
        long code = source.lines().filter(l -> !l.isBlank() && !l.startsWith("import ")).count();
        assertTrue(code <= 20, "the example has " + code + " lines besides imports");
    }

    private static Path readmeFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.isDirectory(dir.resolve("bridge-js"))) {
                return readme;
            }
        }
        throw new AssertionError("the project's README.md not found above " + Path.of("").toAbsolutePath());
    }
}
