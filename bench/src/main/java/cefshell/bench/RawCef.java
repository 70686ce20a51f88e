package cefshell.bench;

import java.nio.file.Path;

import org.cef.CefApp;
import org.cef.CefSettings;

import cefshell.internal.natives.NativeBundle;
import me.friwi.jcefmaven.CefAppBuilder;

/**
 * Starts CEF the way an application without cefshell would (jcefmaven's {@link CefAppBuilder}), with the same natives
 * and Chromium switches as cefshell ({@code ChromiumSwitches}) and a profile of its own, so that both sides start the
 * same Chromium. For a process of its own: CEF starts once per process.
 */
final class RawCef {
    private RawCef() {
    }

    static CefApp start(Path profile) throws Exception {
        CefAppBuilder builder = new CefAppBuilder();
        builder.setInstallDir(NativeBundle.forClasspath().installDir().toFile());
        builder.setSkipInstallation(true);
        builder.addJcefArgs("--disable-gpu", "--disable-gpu-compositing", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--password-store=basic",
                "--autoplay-policy=no-user-gesture-required");
        CefSettings settings = builder.getCefSettings();
        settings.windowless_rendering_enabled = false;
        settings.root_cache_path = profile.toString();
        settings.cache_path = profile.resolve("default").toString();
        settings.log_severity = CefSettings.LogSeverity.LOGSEVERITY_DISABLE;
        return builder.build();
    }
}
