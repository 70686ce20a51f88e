package cefshell.bench;

import java.nio.file.Path;

import org.cef.CefApp;
import org.cef.CefSettings;

import cefshell.internal.natives.NativeBundle;
import cefshell.internal.runtime.ChromiumSwitches;
import cefshell.internal.runtime.RuntimeOptions;
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
        // cefshell's own list: a copy written here once fell behind it (no --in-process-gpu, no SwiftShader switches,
        // so raw JCEF started a GPU process cefshell does not)
        builder.addJcefArgs(ChromiumSwitches.forOptions(RuntimeOptions.builder().build(), profile).toArray(new String[0]));
        CefSettings settings = builder.getCefSettings();
        settings.windowless_rendering_enabled = false;
        settings.root_cache_path = profile.toString();
        settings.cache_path = profile.resolve("default").toString();
        settings.log_severity = CefSettings.LogSeverity.LOGSEVERITY_DISABLE;
        return builder.build();
    }
}
