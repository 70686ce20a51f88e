package cefshell.apps.tutorials;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;
import cefshell.WebPreferences;
import cefshell.internal.app.AppContextImpl;
import cefshell.internal.app.AppManifest;
import cefshell.internal.app.MainCompiler;
import cefshell.internal.app.MainLoader;
import cefshell.internal.scheme.AppSchemeHandlerFactory;

/**
 * An app folder started in the test's own shell the way {@code shell run} starts it: app.json read, the main-side
 * Java compiled from its sources and started with an {@link cefshell.AppContext}, the default window opened only if
 * the main opened none. In-process, so a test can see the app's windows (their titles) and drive their pages.
 * Each folder may be launched once per JVM: its ipcMain listeners and handlers stay registered on the shared shell.
 */
public final class LaunchedApp {
    private final List<BrowserWindow> windows;

    private LaunchedApp(List<BrowserWindow> windows) {
        this.windows = windows;
    }

    public static LaunchedApp launch(Shell shell, Path folder) throws Exception {
        AppManifest app = AppManifest.load(folder.toAbsolutePath(), warning -> {
            throw new AssertionError("app.json: " + warning);
        });
        String origin = shell.serve(AppSchemeHandlerFactory.hostFor(app.name()), app.folder());
        List<BrowserWindow> windows = new CopyOnWriteArrayList<>();
        BrowserWindowOptions defaultWindow = BrowserWindowOptions.builder()
                .title(app.window().title())
                .size(app.window().width(), app.window().height())
                .webPreferences(WebPreferences.builder().preload(app.preload()).build())
                .build();
        AppContextImpl context = new AppContextImpl(shell, app, origin, List.of(), defaultWindow, windows::add);
        if (app.main() != null) {
            Class<? extends AppMain> type = MainLoader.load(new MainCompiler(System.err, m -> { }).compile(app), app);
            MainLoader.instantiate(type).start(context);
        }
        if (!context.windowCreated()) {
            context.createWindow();
        }
        return new LaunchedApp(windows);
    }

    /** The one window the app opened. */
    public BrowserWindow window() {
        if (windows.size() != 1) {
            throw new AssertionError("expected the app to open one window, it opened " + windows);
        }
        return windows.get(0);
    }

    public void close() {
        windows.forEach(BrowserWindow::close);
    }
}
