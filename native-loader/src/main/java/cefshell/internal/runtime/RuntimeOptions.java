package cefshell.internal.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cefshell.internal.natives.ExtractionProgress;

/** How to start CEF. Immutable; build with {@link #builder()}. */
public final class RuntimeOptions {
    /** Chromium's own log verbosity, separate from the page console. */
    public enum ChromiumLog { SILENT, ERRORS, VERBOSE }

    private final List<String> customSchemes;
    private final List<String> extraArgs;
    private final int remoteDebuggingPort;
    private final ChromiumLog chromiumLog;
    private final Path profileDir;
    private final ExtractionProgress progress;
    private final boolean offscreen;

    private RuntimeOptions(Builder b) {
        this.customSchemes = List.copyOf(b.customSchemes);
        this.extraArgs = List.copyOf(b.extraArgs);
        this.remoteDebuggingPort = b.remoteDebuggingPort;
        this.chromiumLog = b.chromiumLog;
        this.profileDir = b.profileDir;
        this.progress = b.progress;
        this.offscreen = b.offscreen;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Standard, secure, CORS- and fetch-enabled schemes to register (e.g. {@code app}). */
    public List<String> customSchemes() { return customSchemes; }

    /** Extra Chromium switches, e.g. {@code --lang=de}. */
    public List<String> extraArgs() { return extraArgs; }

    /** 0 when DevTools remote debugging is off. */
    public int remoteDebuggingPort() { return remoteDebuggingPort; }

    public ChromiumLog chromiumLog() { return chromiumLog; }

    /** Where cookies, storage and caches go; null for a throw-away profile deleted at exit. */
    public Path profileDir() { return profileDir; }

    public ExtractionProgress progress() { return progress; }

    /**
     * True for off-screen rendering support (JCEF's external message pump on the EDT); false (default) for CEF's
     * multi-threaded message loop, which serves windowed browsers.
     */
    public boolean offscreen() { return offscreen; }

    public static final class Builder {
        private final List<String> customSchemes = new ArrayList<>();
        private final List<String> extraArgs = new ArrayList<>();
        private int remoteDebuggingPort;
        private ChromiumLog chromiumLog = ChromiumLog.ERRORS;
        private Path profileDir;
        private ExtractionProgress progress = ExtractionProgress.NONE;
        private boolean offscreen;

        public Builder offscreen(boolean offscreen) {
            this.offscreen = offscreen;
            return this;
        }

        public Builder customScheme(String name) {
            customSchemes.add(Objects.requireNonNull(name, "name == null"));
            return this;
        }

        public Builder extraArg(String arg) {
            extraArgs.add(Objects.requireNonNull(arg, "arg == null"));
            return this;
        }

        public Builder remoteDebuggingPort(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.remoteDebuggingPort = port;
            return this;
        }

        public Builder chromiumLog(ChromiumLog level) {
            this.chromiumLog = Objects.requireNonNull(level, "level == null");
            return this;
        }

        public Builder profileDir(Path dir) {
            this.profileDir = dir;
            return this;
        }

        public Builder progress(ExtractionProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress == null");
            return this;
        }

        public RuntimeOptions build() {
            return new RuntimeOptions(this);
        }
    }
}
