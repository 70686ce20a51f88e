package cefshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the shell starts. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * Shell shell = Shell.start(ShellOptions.builder().remoteDebuggingPort(9222).build());
 * }</pre>
 */
public final class ShellOptions {
    /** How much Chromium itself may print; page console messages are separate. */
    public enum ChromiumLog { SILENT, ERRORS, VERBOSE }

    private final int remoteDebuggingPort;
    private final ChromiumLog chromiumLog;
    private final boolean offscreen;
    private final Consumer<ConsoleMessage> consoleSink;
    private final List<String> chromiumSwitches;
    private final java.time.Duration sendSyncTimeout;
    private final String traceIpc;
    private final Consumer<String> traceIpcSink;
    private final String appName;
    private final String appVersion;
    private final boolean quitWhenAllWindowsClosed;

    private ShellOptions(Builder b) {
        this.remoteDebuggingPort = b.remoteDebuggingPort;
        this.chromiumLog = b.chromiumLog;
        this.offscreen = b.offscreen;
        this.consoleSink = b.consoleSink;
        this.chromiumSwitches = List.copyOf(b.chromiumSwitches);
        this.sendSyncTimeout = b.sendSyncTimeout;
        this.traceIpc = b.traceIpc;
        this.traceIpcSink = b.traceIpcSink;
        this.appName = b.appName;
        this.appVersion = b.appVersion;
        this.quitWhenAllWindowsClosed = b.quitWhenAllWindowsClosed;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ShellOptions defaults() {
        return builder().build();
    }

    public int remoteDebuggingPort() { return remoteDebuggingPort; }

    public ChromiumLog chromiumLog() { return chromiumLog; }

    /** See {@link Builder#offscreen(boolean)}. */
    public boolean offscreen() { return offscreen; }

    /** Where every page's console messages go besides {@link WebContents#onConsoleMessage}; null for nowhere. */
    public Consumer<ConsoleMessage> consoleSink() { return consoleSink; }

    public List<String> chromiumSwitches() { return chromiumSwitches; }

    /** See {@link Builder#sendSyncTimeout}. */
    public java.time.Duration sendSyncTimeout() { return sendSyncTimeout; }

    /** The channels the IPC trace shows, or null when it is off (the default); see {@link Builder#traceIpc}. */
    public String traceIpc() { return traceIpc; }

    /** Where the IPC trace's lines go (standard error unless {@link Builder#traceIpc(String, Consumer)} says). */
    public Consumer<String> traceIpcSink() { return traceIpcSink; }

    /** See {@link Builder#appName}. */
    public String appName() { return appName; }

    /** See {@link Builder#appVersion}. */
    public String appVersion() { return appVersion; }

    /** See {@link Builder#quitWhenAllWindowsClosed}. */
    public boolean quitWhenAllWindowsClosed() { return quitWhenAllWindowsClosed; }

    public static final class Builder {
        private int remoteDebuggingPort;
        private ChromiumLog chromiumLog = ChromiumLog.SILENT;
        private boolean offscreen;
        private Consumer<ConsoleMessage> consoleSink;
        private final List<String> chromiumSwitches = new ArrayList<>();
        private java.time.Duration sendSyncTimeout = java.time.Duration.ofSeconds(5);
        private String traceIpc;
        private Consumer<String> traceIpcSink = System.err::println;
        private String appName = "cefshell";
        private String appVersion = "0.0.0";
        private boolean quitWhenAllWindowsClosed;

        /**
         * The app's name ({@code Shell.getName()}, Electron's {@code app.getName()}): names its {@code userData}
         * folder and its single-instance lock. Default "cefshell"; {@code shell run} uses app.json's {@code name}.
         */
        public Builder appName(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("appName must not be empty");
            }
            this.appName = name;
            return this;
        }

        /** The app's version ({@code Shell.getVersion()}); default "0.0.0"; {@code shell run} uses app.json's. */
        public Builder appVersion(String version) {
            this.appVersion = java.util.Objects.requireNonNull(version, "version == null");
            return this;
        }

        /**
         * Whether the shell quits ({@code Shell.quit()}) when its last {@link BrowserWindow} has closed and no
         * {@code window-all-closed} listener is registered, as an Electron app on Linux does. Default false: a Swing
         * application decides its own end; {@code shell run} turns it on.
         */
        public Builder quitWhenAllWindowsClosed(boolean quit) {
            this.quitWhenAllWindowsClosed = quit;
            return this;
        }

        /**
         * The IPC inspector: prints every message from a page on a channel that {@code channelGlob} matches
         * ({@code *} for all, {@code notes:*}, {@code notes:*,log}) to standard error as it passes: time, window
         * and frame, direction, kind and channel, size and transport, and for invokes and sendSyncs the handler's
         * time and outcome. A message nobody listened to, a handler that threw and a sendSync answered by its
         * timeout stand out ({@code !} and capitals). {@code null} (the default) for off, which costs nothing.
         * {@code shell run --trace-ipc} sets it.
         */
        public Builder traceIpc(String channelGlob) {
            this.traceIpc = channelGlob;
            return this;
        }

        /** Like {@link #traceIpc(String)}, each line to {@code lines} instead, in order, on a thread of the trace's own. */
        public Builder traceIpc(String channelGlob, Consumer<String> lines) {
            this.traceIpcSink = Objects.requireNonNull(lines, "lines == null");
            return traceIpc(channelGlob);
        }

        /**
         * How long a page's {@code sendSync} stays blocked when listeners exist but none calls
         * {@code setReturnValue}; it then returns {@code {error: 'reply was never sent'}} (Electron would block until
         * garbage collection). Default 5 s.
         */
        public Builder sendSyncTimeout(java.time.Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
            this.sendSyncTimeout = timeout;
            return this;
        }

        /** DevTools protocol on {@code http://127.0.0.1:port}; 0 (default) for off. */
        public Builder remoteDebuggingPort(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.remoteDebuggingPort = port;
            return this;
        }

        public Builder chromiumLog(ChromiumLog level) {
            this.chromiumLog = Objects.requireNonNull(level, "level == null");
            return this;
        }

        /**
         * Renders every page off-screen (default false). A {@link BrowserPanel} is then a lightweight Swing
         * component painting the page's frames itself: it can overlap other components, show a transparent page
         * ({@link WebPreferences.Builder#transparent}) over them, and {@code capturePage()} reads its last frame. The
         * cost: CEF then runs its message loop on the AWT event dispatch thread (JCEF's external pump), which is
         * therefore CEF's UI thread, rendering is done by the CPU, and drag and drop out of a page and IME input are
         * not supported. Windowed pages (the default) are native child windows, which are faster and fully featured
         * but always on top of lightweight components. One mode per process: CEF is initialised once.
         */
        public Builder offscreen(boolean offscreen) {
            this.offscreen = offscreen;
            return this;
        }

        /** Receives every page's console messages, e.g. {@code ConsoleForwarding.toTerminal()}. */
        public Builder consoleSink(Consumer<ConsoleMessage> sink) {
            this.consoleSink = sink;
            return this;
        }

        /** An extra Chromium switch such as {@code --lang=de}. */
        public Builder chromiumSwitch(String chromiumSwitch) {
            chromiumSwitches.add(Objects.requireNonNull(chromiumSwitch, "chromiumSwitch == null"));
            return this;
        }

        public ShellOptions build() {
            return new ShellOptions(this);
        }
    }
}
