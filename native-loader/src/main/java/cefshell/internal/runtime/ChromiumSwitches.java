package cefshell.internal.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Chromium command-line switches cefshell always passes, plus the user's. */
final class ChromiumSwitches {
    private ChromiumSwitches() {
    }

    static List<String> forOptions(RuntimeOptions options, Path profile) {
        List<String> args = new ArrayList<>(List.of(
                "--disable-gpu",                  // no GPU on the target machines; software compositing is reliable
                "--disable-gpu-compositing",
                "--disable-dev-shm-usage",        // containers often have a tiny /dev/shm
                "--disable-background-networking", // no phoning home: the network may be closed
                "--disable-component-update",
                "--password-store=basic",
                "--autoplay-policy=no-user-gesture-required"));
        args.addAll(options.extraArgs());
        return args;
    }
}
