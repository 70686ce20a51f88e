package cefshell.internal.packaging;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.spi.ToolProvider;

import cefshell.internal.natives.Platform;

/**
 * Runs the JDK's jdeps, jlink and jpackage in this JVM through {@link ToolProvider}: they come with the JDK that runs
 * the shell, so nothing has to be found on the PATH, and the runtime image is made from that same JDK's modules.
 */
final class JdkTools {
    private JdkTools() {
    }

    /** What a tool printed, for a successful run. */
    static String run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new PackagingException(tool
                + " is not in this Java runtime (" + System.getProperty("java.home") + "): shell package needs a"
                + " full JDK 17 or later, with jdeps, jlink and jpackage. "
                + Platform.jdkInstallHint()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            code = provider.run(print, print, args.toArray(new String[0]));
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        if (code != 0) {
            throw new PackagingException(tool + " failed (exit " + code + "):\n" + printed.strip()
                    + "\n(its arguments: " + String.join(" ", args) + ")");
        }
        return printed;
    }
}
