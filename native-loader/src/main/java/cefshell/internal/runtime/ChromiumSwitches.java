package cefshell.internal.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chromium command-line switches cefshell always passes, plus the user's. Public for the benchmark, whose raw
 * JCEF side starts Chromium with the same switches.
 */
public final class ChromiumSwitches {
    private ChromiumSwitches() {
    }

    public static List<String> forOptions(RuntimeOptions options, Path profile) {
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
        // MessagePort's 'close' event (Electron turns it on too): Chromium ships it behind this flag. A user's own
        // --enable-blink-features would replace ours (the last switch wins), so theirs gets ours added.
        String blinkFeatures = "--enable-blink-features=";
        String closeEvent = "MessagePortCloseEvent";
        boolean merged = false;
        for (String extra : options.extraArgs()) {
            if (extra.startsWith(blinkFeatures)) {
                args.add(extra + "," + closeEvent);
                merged = true;
            } else {
                args.add(extra);
            }
        }
        if (!merged) {
            args.add(blinkFeatures + closeEvent);
        }
        return args;
    }
}
