package cefshell.internal.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.cef.CefApp;
import org.cef.CefApp.CefAppState;
import org.cef.CefClient;
import org.cef.CefSettings;
import org.cef.callback.CefSchemeRegistrar;

import cefshell.internal.display.PrivateDisplayLauncher;
import cefshell.internal.natives.LibraryPreflight;
import cefshell.internal.natives.NativeBundle;
import cefshell.internal.natives.Platform;
import me.friwi.jcefmaven.CefAppBuilder;
import me.friwi.jcefmaven.MavenCefAppHandlerAdapter;

/**
 * The one CEF runtime of this process (CEF can be initialised once per process).
 *
 * <p>{@link #start} extracts the natives if needed, checks the display and the shared libraries, initialises CEF
 * and waits until it is really up: JCEF reports a failed initialisation only as a state change, so without this
 * wait a broken machine would hang instead of failing. {@link #shutdown} is bounded: a watchdog halts the JVM if CEF
 * does not terminate, and helper processes left behind are killed.
 *
 * <p>Threading: by default CEF runs its own multi-threaded message loop, so the CEF UI thread (where
 * {@code onQuery}, load and display callbacks run) is a native CEF thread, not the AWT event dispatch thread. With
 * {@link RuntimeOptions#offscreen()} JCEF pumps CEF from the EDT instead, and the EDT is the CEF UI thread.
 * Never block the CEF UI thread either way. {@link #start} and {@link #shutdown} may be called on the EDT: their
 * waits keep dispatching events there.
 */
public final class CefRuntime {
    private static final System.Logger LOG = System.getLogger("cefshell.runtime");
    private static final long INIT_TIMEOUT_SECONDS = 60;
    // CEF terminates in ~70 ms on an idle machine, but took over 5 s on a loaded 2-core one: generous, still bounded
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 30_000; // 15 s was too short for a loaded 2-core machine (start/stop loop: 10% of runs)
    private static final long HELPER_EXIT_WAIT_MILLIS = 3_000; // killed helpers go within ms: a bound, not a wait
    /** The exit code when Chromium does not shut down in time and the JVM is halted (documented in the README). */
    public static final int SHUTDOWN_HUNG_EXIT_CODE = 3;
    private static CefRuntime instance;

    private final CefApp app;
    private final NativeBundle bundle;
    private final Path profileDir;
    private final boolean ownsProfileDir;
    private final List<Consumer<CefApp>> contextInitializedListeners;
    private final CompletableFuture<Void> terminated;
    private volatile boolean shuttingDown;

    private CefRuntime(CefApp app, NativeBundle bundle, Path profileDir, boolean ownsProfileDir,
                       List<Consumer<CefApp>> contextListeners, CompletableFuture<Void> terminated) {
        this.app = app;
        this.bundle = bundle;
        this.profileDir = profileDir;
        this.ownsProfileDir = ownsProfileDir;
        this.contextInitializedListeners = contextListeners;
        this.terminated = terminated;
    }

    /** The running runtime, or null before {@link #start}. */
    public static synchronized CefRuntime current() {
        return instance;
    }

    /**
     * Starts CEF, or returns the runtime already started in this process.
     *
     * @param onContextInitialized runs once on the CEF UI thread when CEF is ready for scheme handler factories
     * @throws CefStartException with a message naming the cause and the fix
     */
    public static synchronized CefRuntime start(RuntimeOptions options, Consumer<CefApp> onContextInitialized) {
        if (instance != null) {
            return instance;
        }
        if (PrivateDisplayLauncher.needsDisplay()) {
            throw new CefStartException("No X display: CEF needs one even off-screen. Run through `shell run` "
                    + "(it starts a private Xvfb when DISPLAY is unset) or set DISPLAY.");
        }
        String xlib = XlibThreadCheck.problem();
        if (xlib != null) {
            throw new CefStartException(xlib);
        }
        NativeBundle bundle = NativeBundle.forClasspath();
        Path installDir;
        try {
            installDir = bundle.ensureExtracted(options.progress());
        } catch (IOException e) {
            throw new CefStartException("Could not extract the CEF natives into " + bundle.installDir() + ": " + e, e);
        }
        if (Platform.isLinux()) { // ldd and the distribution's shared libraries: Linux only
            LibraryPreflight.Report libs = LibraryPreflight.checkOnce(installDir);
            if (!libs.ok()) {
                throw new CefStartException(libs.describe());
            }
        }
        warnIfEnvironmentUnprepared();

        Path profile;
        boolean ownsProfile = options.profileDir() == null;
        try {
            profile = ownsProfile ? TempProfileDir.create("cefshell-profile-") : options.profileDir();
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new CefStartException("Could not create the browser profile folder: " + e, e);
        }

        CompletableFuture<Void> initialized = new CompletableFuture<>();
        CompletableFuture<Void> terminated = new CompletableFuture<>();
        CefAppState[] finalState = {null};
        List<Consumer<CefApp>> contextListeners = new CopyOnWriteArrayList<>();
        if (onContextInitialized != null) {
            contextListeners.add(onContextInitialized);
        }

        CefAppBuilder builder = new CefAppBuilder();
        builder.setInstallDir(installDir.toFile());
        builder.setSkipInstallation(true); // NativeBundle did it, with locking that jcefmaven lacks
        builder.setProgressHandler((state, percent) -> { });
        builder.addJcefArgs(ChromiumSwitches.forOptions(options, profile).toArray(new String[0]));
        CefSettings settings = builder.getCefSettings();
        // false selects CEF's own multi-threaded message loop on Linux: windowed browsers then close cleanly
        // (with JCEF's EDT-driven pump they never reach onBeforeClose) and CEF's UI thread is not the EDT.
        settings.windowless_rendering_enabled = options.offscreen();
        settings.root_cache_path = profile.toString();
        settings.cache_path = profile.resolve("default").toString();
        settings.log_severity = switch (options.chromiumLog()) {
            case SILENT -> CefSettings.LogSeverity.LOGSEVERITY_DISABLE;
            case ERRORS -> CefSettings.LogSeverity.LOGSEVERITY_DISABLE; // Chromium's ERRORs are mostly container noise (dbus)
            case VERBOSE -> CefSettings.LogSeverity.LOGSEVERITY_INFO;
        };
        if (options.chromiumLog() != RuntimeOptions.ChromiumLog.VERBOSE) {
            settings.log_file = profile.resolve("chromium.log").toString();
        }
        if (options.remoteDebuggingPort() > 0) {
            settings.remote_debugging_port = options.remoteDebuggingPort();
        }
        builder.setAppHandler(new MavenCefAppHandlerAdapter() {
            @Override
            public void onRegisterCustomSchemes(CefSchemeRegistrar registrar) {
                for (String scheme : options.customSchemes()) {
                    // standard (real origin), not local, not display-isolated, secure, CORS, not CSP-bypassing, fetch
                    registrar.addCustomScheme(scheme, true, false, false, true, true, false, true);
                }
            }

            @Override
            public void onContextInitialized() {
                for (Consumer<CefApp> l : contextListeners) {
                    l.accept(CefApp.getInstance());
                }
                initialized.complete(null);
            }

            @Override
            public void stateHasChanged(CefAppState state) {
                if (state == CefAppState.INITIALIZATION_FAILED) {
                    finalState[0] = state;
                    initialized.complete(null);
                } else if (state == CefAppState.TERMINATED) {
                    terminated.complete(null);
                }
            }
        });

        CefApp app;
        try {
            app = builder.build();
        } catch (Exception | UnsatisfiedLinkError e) {
            String why = "";
            if (Platform.isLinux()) {
                LibraryPreflight.forget(installDir); // the libraries may have changed since the last check
                LibraryPreflight.Report now = LibraryPreflight.check(installDir);
                why = now.ok() ? "" : "\n" + now.describe();
            }
            throw new CefStartException("CEF failed to load: " + e.getMessage() + why, e);
        }
        CefRuntime runtime = new CefRuntime(app, bundle, profile, ownsProfile, contextListeners, terminated);
        // CEF initialises lazily, on the first client: make one now so failures surface here, not later.
        CefClient probe = app.createClient();
        try {
            if (!EdtWaits.await(initialized, INIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new CefStartException("CEF did not finish initialising within " + INIT_TIMEOUT_SECONDS
                        + " s. Run `shell doctor` to check the machine.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CefStartException("interrupted while CEF was initialising");
        }
        if (finalState[0] == CefAppState.INITIALIZATION_FAILED) {
            LibraryPreflight.forget(installDir);
            throw new CefStartException("CEF failed to initialise (JCEF state INITIALIZATION_FAILED). "
                    + "Check the X display (DISPLAY=" + System.getenv("DISPLAY") + ") and run `shell doctor`."
                    + " Chromium's log: " + settings.log_file);
        }
        probe.dispose();
        instance = runtime;
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::shutdownFromHook, "cefshell-cef-shutdown"));
        return runtime;
    }

    /**
     * A JVM that cefshell did not launch (an application embedding the shell) may lack the variables Chromium, ANGLE
     * and AWT add while Chromium's threads read the environment; it cannot add them itself. Say so once, with the fix.
     */
    private static void warnIfEnvironmentUnprepared() {
        List<String> missing = ChromiumEnvironment.missing(System.getenv());
        if (!missing.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "this JVM was started without " + String.join(", ", missing)
                    + " in its environment; Chromium adds them while its threads run, which can crash the JVM at start "
                    + "(SIGSEGV in getenv). Start the JVM with: " + ChromiumEnvironment.assignments(System.getenv()));
        }
    }

    public CefApp app() {
        return app;
    }

    /** A new client; each window or panel owns one. */
    public CefClient createClient() {
        return app.createClient();
    }

    public NativeBundle bundle() {
        return bundle;
    }

    public Path profileDir() {
        return profileDir;
    }

    public boolean isShuttingDown() {
        return shuttingDown;
    }

    /** e.g. {@code 146.0.10+g8219561+chromium-146.0.7680.179} and {@code 146.0.7680.179}. */
    public CefApp.CefVersion version() {
        return app.getVersion();
    }

    /**
     * Disposes CEF and waits (bounded) for it to terminate, then kills helper processes left behind. May be called on
     * any thread; on the AWT event dispatch thread, which CEF needs to shut down, events keep being dispatched while
     * it waits (see {@link EdtWaits}).
     */
    public void shutdown() {
        synchronized (this) {
            if (shuttingDown) {
                awaitTermination();
                return;
            }
            shuttingDown = true;
        }
        // on a thread of its own, as from the hook below: whatever JCEF's dispose meets, the wait after it is bounded
        disposeApart(() -> AppDisposal.dispose(app));
        finishShutdown();
    }

    private static void disposeApart(Runnable dispose) {
        Thread disposing = new Thread(dispose, "cefshell-cef-dispose");
        disposing.setDaemon(true);
        disposing.start();
    }

    /** Waits for TERMINATED; if CEF hangs, kills its helpers and halts rather than leave the user stuck. */
    private void finishShutdown() {
        if (!awaitTermination()) {
            System.err.println("cefshell: Chromium did not shut down within " + SHUTDOWN_TIMEOUT_MILLIS / 1000
                    + " s (a busy machine, or a page or helper process that would not stop); killed its helper"
                    + " processes and ended the JVM with exit code " + SHUTDOWN_HUNG_EXIT_CODE + ".");
            printUnclosedBrowsers();
            killHelpers(); // only now: killing helpers under a live CEF makes it abort
            Runtime.getRuntime().halt(SHUTDOWN_HUNG_EXIT_CODE);
        }
        killHelpers();
        deleteProfileIfOwned();
    }

    /**
     * Names what CEF still waits for, on a thread of its own and for at most 2 s: listing reads JCEF's browser tables
     * under their locks, which a thread stuck in JCEF's dispose deadlock holds for good. The halt must not wait.
     */
    private void printUnclosedBrowsers() {
        CompletableFuture<List<String>> unclosed = new CompletableFuture<>();
        Thread lister = new Thread(() -> unclosed.complete(UnclosedBrowsers.of(app)), "cefshell-unclosed-browsers");
        lister.setDaemon(true);
        lister.start();
        try {
            for (String b : unclosed.get(2, TimeUnit.SECONDS)) {
                System.err.println("cefshell: never closed: " + b);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("cefshell: JCEF's browser tables stayed locked (JCEF's lock-order deadlock in "
                    + "CefApp.dispose, with a browser that finished closing at that moment)");
        } catch (java.util.concurrent.ExecutionException e) {
            // nothing to list
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean awaitTermination() {
        try {
            return EdtWaits.await(terminated, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void shutdownFromHook() {
        // Ctrl-C or System.exit: jcefmaven's own hook calls dispose(); we bound the wait and clean up what is left.
        if (shuttingDown) {
            return;
        }
        shuttingDown = true;
        // Not AppDisposal: jcefmaven's hook runs at the same moment and calls dispose(), which takes the app's monitor
        // before the browser tables. Holding the tables here while it holds the monitor would deadlock the two hooks.
        // Two plain dispose() calls just take turns, as they always did; but either can still meet CEF's UI thread
        // finishing a browser's close (the deadlock AppDisposal avoids on a quit). So dispose() runs on a thread of
        // its own, and this hook goes on to the bounded wait: a stuck dispose ends in the halt, not in a JVM that
        // never exits.
        disposeApart(app::dispose);
        finishShutdown();
    }

    /** Kills the helper processes still alive and waits (bounded) until they are gone: see {@link ProfileCleanup}. */
    private static void killHelpers() {
        List<ProcessHandle> helpers = new ArrayList<>();
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse(p.info().command().orElse("")).contains("jcef_helper"))
                .forEach(helpers::add);
        helpers.forEach(ProcessHandle::destroyForcibly);
        ProfileCleanup.awaitExits(helpers, HELPER_EXIT_WAIT_MILLIS);
    }

    private void deleteProfileIfOwned() {
        if (!ownsProfileDir) {
            return;
        }
        ProfileCleanup.delete(profileDir);
    }
}
