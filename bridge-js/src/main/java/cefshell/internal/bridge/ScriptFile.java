package cefshell.internal.bridge;

import java.util.ArrayList;
import java.util.List;

/**
 * One file of the bridge with its declared dependencies, read from its first comment lines:
 * <pre>
 * // provides: transport
 * // uses: wire, codec, config
 * </pre>
 */
record ScriptFile(String path, String text, List<String> provides, List<String> uses) {
    static ScriptFile parse(String path, String text) {
        List<String> provides = new ArrayList<>();
        List<String> uses = new ArrayList<>();
        for (String line : text.split("\n", 8)) {
            String l = line.trim();
            if (l.startsWith("// provides:")) {
                provides.addAll(names(l.substring("// provides:".length())));
            } else if (l.startsWith("// uses:")) {
                uses.addAll(names(l.substring("// uses:".length())));
            }
        }
        return new ScriptFile(path, text, List.copyOf(provides), List.copyOf(uses));
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String n : list.split(",")) {
            if (!n.isBlank()) {
                out.add(n.trim());
            }
        }
        return out;
    }
}
