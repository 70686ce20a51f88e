package cefshell.internal.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (bridge-js's {@code pom.xml}, after the classes are compiled): assembles each world's bridge and
 * writes it, and its {@link AsciiJsLiteral}, under {@code cefshell/bridge/built/} in the classes folder given as the
 * one argument. {@link BridgeScript} reads them at run time; see why there.
 */
public final class BridgeBuild {
    private BridgeBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BridgeBuild <classes folder>");
        }
        Path out = Path.of(args[0]).resolve("cefshell/bridge").resolve(BridgeScript.BUILT);
        Files.createDirectories(out);
        for (BridgeScript.World world : BridgeScript.World.values()) {
            String template = BridgeScript.assembleTemplate(world);
            String literal = AsciiJsLiteral.of(template);
            for (String text : new String[] {template, literal}) {
                int at = text.indexOf(BridgeScript.CONFIG_SLOT);
                if (at < 0 || text.indexOf(BridgeScript.CONFIG_SLOT, at + 1) >= 0) {
                    throw new IllegalStateException("bridge-js: the " + world.name + " world's script must hold "
                            + BridgeScript.CONFIG_SLOT + " exactly once");
                }
            }
            Files.writeString(out.resolve(world.name + ".js"), template, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(world.name + ".literal"), literal, StandardCharsets.US_ASCII);
        }
    }
}
