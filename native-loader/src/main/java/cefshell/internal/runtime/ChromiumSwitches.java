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
                // GPU work on a thread of the browser process: a separate GPU process exits when no browser is
                // left, and CEF then dies at shutdown relaunching it ("GPU process isn't usable. Goodbye.")
                "--in-process-gpu",
                "--disable-dev-shm-usage",        // containers often have a tiny /dev/shm
                "--disable-background-networking", // no phoning home: the network may be closed
                "--disable-component-update",
                "--password-store=basic",
                "--use-angle=swiftshader",         // software GL, and no Vulkan probing that prints driver warnings
                "--disable-features=Vulkan",
                "--autoplay-policy=no-user-gesture-required"));
        args.addAll(options.extraArgs());
        return args;
    }
}
