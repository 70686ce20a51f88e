package cefshell.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppManifestTest {
    @TempDir
    Path dir;

    private Path app(String appJson) throws IOException {
        Path app = Files.createDirectories(dir.resolve("hello"));
        Files.writeString(app.resolve("index.html"), "<p>hi</p>");
        if (appJson != null) {
            Files.writeString(app.resolve("app.json"), appJson);
        }
        return app;
    }

    private String error(String appJson) throws IOException {
        Path app = app(appJson);
        return assertThrows(InvalidAppException.class, () -> AppManifest.load(app, w -> { })).getMessage();
    }

    @Test
    void contextIsolationIsABooleanOrAbsent() throws IOException {
        assertNull(AppManifest.load(app(null), w -> { }).contextIsolation());
        assertEquals(Boolean.FALSE, AppManifest.load(app("{\"contextIsolation\": false}"), w -> { }).contextIsolation());
        org.junit.jupiter.api.Assertions.assertTrue(error("{\"contextIsolation\": \"no\"}")
                .contains("\"contextIsolation\" must be true or false"));
    }

    @Test
    void webviewTagIsOffUnlessTheManifestTurnsItOn() throws IOException {
        org.junit.jupiter.api.Assertions.assertFalse(AppManifest.load(app(null), w -> { }).webviewTag());
        org.junit.jupiter.api.Assertions.assertTrue(AppManifest.load(app("{\"webviewTag\": true}"), w -> { }).webviewTag());
        org.junit.jupiter.api.Assertions.assertTrue(error("{\"webviewTag\": 1}").contains("\"webviewTag\" must be true or false"));
    }

    @Test
    void aFolderWithOnlyIndexHtmlGetsTheDefaults() throws IOException {
        AppManifest m = AppManifest.load(app(null), w -> { });
        assertEquals("hello", m.name());
        assertEquals("index.html", m.entry());
        assertEquals("/index.html", m.entryPath());
        assertEquals(new AppManifest.Window(null, 800, 600), m.window());
        assertNull(m.preload());
        assertNull(m.main());
    }

    @Test
    void everyFieldIsRead() throws IOException {
        Path app = app("""
                {"name": "My App", "entry": "pages/start page.html", "preload": "pre.js",
                 "window": {"title": "Hi", "width": 1024, "height": 700},
                 "main": {"class": "hello.HelloMain", "sources": "src"}}""");
        Files.createDirectories(app.resolve("pages"));
        Files.writeString(app.resolve("pages/start page.html"), "<p>");
        Files.writeString(app.resolve("pre.js"), "1");
        Files.createDirectories(app.resolve("src/hello"));
        Files.writeString(app.resolve("src/hello/HelloMain.java"), "package hello;");
        AppManifest m = AppManifest.load(app, w -> { });
        assertEquals("My App", m.name());
        assertEquals("/pages/start%20page.html", m.entryPath());
        assertEquals(app.toRealPath().resolve("pre.js"), m.preload());
        assertEquals(new AppManifest.Window("Hi", 1024, 700), m.window());
        assertEquals(new AppManifest.Main("hello.HelloMain", app.toRealPath().resolve("src")), m.main());
    }

    @Test
    void eachBadFieldIsNamedInOneLine() throws IOException {
        assertTrue(error("{\"name\": 3}").endsWith("app.json: \"name\" must be a string, got the number 3"));
        assertTrue(error("{\"window\": {\"height\": -5}}").contains("\"window.height\" must be a whole number"));
        assertTrue(error("{\"window\": {\"width\": 10.5}}").contains("\"window.width\" must be a whole number"));
        assertTrue(error("{\"window\": []}").contains("\"window\" must be an object"));
        assertTrue(error("{\"entry\": \"nope.html\"}").contains("\"entry\" names nope.html, which does not exist"));
        assertTrue(error("{\"preload\": \"nope.js\"}").contains("\"preload\" names nope.js, which does not exist"));
        assertTrue(error("{\"main\": {}}").contains("\"main.class\" is missing"));
        assertTrue(error("{\"main\": {\"class\": \"not a class\"}}")
                .contains("\"main.class\" must be a Java class name"));
        assertTrue(error("{\"main\": {\"class\": \"a.B\"}}").contains("\"main.sources\" names the folder main"));
        assertTrue(error("{\"name\": \"x\",,}").contains("app.json: not valid JSON"));
        assertTrue(error("[1]").contains("must hold a JSON object"));
        for (String message : List.of(error("{\"name\": 3}"), error("{\"name\": \"x\",,}"))) {
            assertEquals(1, message.lines().count(), message);
        }
    }

    @Test
    void noPathMayLeaveTheAppFolder() throws IOException {
        Files.writeString(dir.resolve("outside.html"), "<p>");
        assertTrue(error("{\"entry\": \"../outside.html\"}").contains("\"entry\" must stay inside the app folder"));
        assertTrue(error("{\"entry\": \"/etc/passwd\"}").contains("\"entry\" must be a path relative"));
        assertTrue(error("{\"preload\": \"../../x.js\"}").contains("\"preload\" must stay inside"));
        assertTrue(error("{\"main\": {\"class\": \"a.B\", \"sources\": \"..\"}}").contains("must stay inside"));
        Path app = dir.resolve("hello");
        Files.createSymbolicLink(app.resolve("link.html"), dir.resolve("outside.html"));
        assertTrue(error("{\"entry\": \"link.html\"}").contains("\"entry\" must stay inside the app folder"));
    }

    @Test
    void aMissingFolderOrIndexIsReportedPlainly() throws IOException {
        assertEquals("no such app folder: " + dir.resolve("nope"), assertThrows(InvalidAppException.class,
                () -> AppManifest.load(dir.resolve("nope"), w -> { })).getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(assertThrows(InvalidAppException.class, () -> AppManifest.load(empty, w -> { }))
                .getMessage().contains("has no index.html"));
    }

    @Test
    void unknownFieldsAreWarnedAboutNotFatal() throws IOException {
        List<String> warnings = new ArrayList<>();
        AppManifest m = AppManifest.load(app("{\"nmae\": \"x\", \"window\": {\"widht\": 3}}"), warnings::add);
        assertEquals("hello", m.name());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("unknown field \"nmae\""), warnings.toString());
        assertTrue(warnings.get(1).contains("unknown field \"window.widht\""), warnings.toString());
    }
}
