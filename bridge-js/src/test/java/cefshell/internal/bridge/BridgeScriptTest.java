package cefshell.internal.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The bridge assembles with every dependency declared and in order; a wrong order fails at assembly. */
class BridgeScriptTest {
    @Test
    void theShippedPageWorldAssemblesWithEveryFileInIt() {
        String source = BridgeScript.source();
        for (String file : new String[] {"common/wire.js", "common/codec.js", "renderer/transport.js",
                "renderer/ipc-renderer.js", "renderer/execute.js", "renderer/main.js"}) {
            assertTrue(source.contains("// ---- " + file + "\n"), file);
        }
    }

    @Test
    void everyWorldAssemblesWithItsConfig() {
        BridgeConfig config = BridgeConfig.plain(java.util.Map.of("chrome", "146")).isolated("cefshell-0123abcd");
        for (BridgeScript.World world : BridgeScript.World.values()) {
            String source = BridgeScript.source(world, config);
            assertTrue(source.contains("\"secret\":\"cefshell-0123abcd\""), world.name());
            assertTrue(source.contains("\"versions\":{\"chrome\":\"146\"}"), world.name());
        }
        assertTrue(BridgeScript.source(BridgeScript.World.ISOLATED, config).contains("// ---- isolated/context-bridge.js"));
        assertTrue(BridgeScript.source(BridgeScript.World.MAIN_WORLD, config).contains("// ---- common/world-link.js"));
        String mainWorld = BridgeScript.source(BridgeScript.World.MAIN_WORLD, config);
        for (String file : new String[] {"renderer/transport.js", "renderer/ipc-renderer.js", "common/codec.js"}) {
            assertTrue(!mainWorld.contains("// ---- " + file + "\n"), "the page's own world gets no " + file + " under isolation");
        }
    }

    @Test
    void theBuildWroteEveryWorldAsItsFilesAssembleNow() {
        BridgeConfig config = BridgeConfig.plain(Map.of("chrome", "146")).isolated("cefshell-0123abcd");
        for (BridgeScript.World world : BridgeScript.World.values()) {
            for (String ext : new String[] {".js", ".literal"}) {
                String built = "/cefshell/bridge/" + BridgeScript.BUILT + world.name + ext;
                assertNotNull(BridgeScript.class.getResource(built), built + " (written by BridgeBuild at process-classes)");
            }
            String assembled = BridgeScript.assembleTemplate(world).replace(BridgeScript.CONFIG_SLOT, config.toJs(world.name));
            assertEquals(assembled, BridgeScript.source(world, config), world + ": the built script is out of date");
        }
    }

    @Test
    void theLiteralIsTheSourceWithItsConfigEscapedToo() {
        // a config with all that a literal escapes: quotes, '<', non-ASCII, a line separator
        BridgeConfig config = BridgeConfig.plain(Map.of("app", "1.0 \"b\" <x> é \u2028 😀")).isolated("s");
        for (BridgeScript.World world : BridgeScript.World.values()) {
            assertEquals(AsciiJsLiteral.of(BridgeScript.source(world, config)), BridgeScript.asciiLiteral(world, config),
                    world.name());
        }
    }

    @Test
    void aFileThatUsesWhatNoEarlierFileProvidesIsRefused() {
        Map<String, String> files = Map.of(
                "worlds/page.order", "b.js\na.js\n",
                "a.js", "// provides: a\nconst a = 1;\n",
                "b.js", "// provides: b\n// uses: a\nconst b = a;\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BridgeScript.assemble(BridgeScript.World.PAGE, files::get));
        assertTrue(e.getMessage().contains("b.js uses 'a'"), e.getMessage());
    }

    @Test
    void aNameProvidedTwiceIsRefused() {
        Map<String, String> files = Map.of(
                "worlds/page.order", "a.js\nb.js\n",
                "a.js", "// provides: a\n",
                "b.js", "// provides: a\n");
        assertThrows(IllegalStateException.class, () -> BridgeScript.assemble(BridgeScript.World.PAGE, files::get));
    }

    @Test
    void theRightOrderAssembles() {
        Map<String, String> files = Map.of(
                "worlds/page.order", "# comment\na.js\nb.js\n",
                "a.js", "// provides: a\nconst a = 1;\n",
                "b.js", "// uses: a, config\nconst b = a + config.endpoint;\n");
        String s = BridgeScript.assemble(BridgeScript.World.PAGE, files::get);
        assertTrue(s.indexOf("const a = 1;") < s.indexOf("const b = a"));
    }
}
