package cefshell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * Runs bridge-js's JavaScript tests ({@code bridge-js/src/test/js/*.test.js}) in real Chromium: each file registers
 * cases on {@code window.__cefshellTests}; every case becomes one JUnit test here. The codec is loaded as a plain
 * script so its tests see it; the tests run after the page has loaded.
 */
@ExtendWith(ShellExtension.class)
class BridgeJsTestsInChromiumTest {
    private static final Path JS_TESTS = Path.of("..", "bridge-js", "src", "test", "js");

    @TestFactory
    Stream<DynamicTest> everyBridgeJsCasePassesInChromium(TestWindows t) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("codec.js", resource("/cefshell/bridge/common/codec.js"));
        StringBuilder scripts = new StringBuilder("<script src='codec.js'></script>");
        List<Path> testFiles;
        try (Stream<Path> s = Files.list(JS_TESTS)) {
            testFiles = s.filter(p -> p.toString().endsWith(".test.js")).sorted().toList();
        }
        assertTrue(!testFiles.isEmpty(), "no *.test.js in " + JS_TESTS.toAbsolutePath());
        for (Path p : testFiles) {
            files.put(p.getFileName().toString(), Files.readString(p));
            scripts.append("<script src='").append(p.getFileName()).append("'></script>");
        }
        BrowserWindow w = t.page("<!doctype html><html><head>" + scripts + "</head><body></body></html>", files);
        @SuppressWarnings("unchecked")
        List<Object> results = (List<Object>) TestWindows.eval(w, """
                (async () => {
                  const out = [];
                  for (const c of window.__cefshellTests) {
                    try { await c.fn(); out.push([c.name, null]); }
                    catch (e) { out.push([c.name, String(e && e.stack || e)]); }
                  }
                  return out;
                })()""");
        List<DynamicTest> tests = new ArrayList<>();
        for (Object r : results) {
            List<?> pair = (List<?>) r;
            String name = (String) pair.get(0);
            Object failure = pair.get(1);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (failure != null) {
                    throw new AssertionError(failure);
                }
            }));
        }
        return tests.stream();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BridgeJsTestsInChromiumTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
