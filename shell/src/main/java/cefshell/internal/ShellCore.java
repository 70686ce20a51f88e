package cefshell.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cef.browser.CefMessageRouter;

import cefshell.ConsoleMessage;
import cefshell.IpcMain;
import cefshell.WebPreferences;
import cefshell.internal.bridge.BridgeScript;
import cefshell.internal.browser.BrowserHost;
import cefshell.internal.browser.PageColorScheme;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.ipc.Inbound;
import cefshell.internal.ipc.IpcDispatcher;
import cefshell.internal.ipc.IpcMainImpl;
import cefshell.internal.ipc.Pages;
import cefshell.internal.ipc.WireNames;
import cefshell.internal.ipc.transport.CefQueryTransport;
import cefshell.internal.ipc.transport.PromptTransport;
import cefshell.internal.ipc.transport.ReplyParts;
import cefshell.internal.ipc.transport.SchemeTransport;
import cefshell.internal.ipc.transport.SyncResults;
import cefshell.internal.runtime.CefRuntime;
import cefshell.internal.scheme.AppSchemeHandlerFactory;

/**
 * The wiring behind {@link cefshell.Shell} (which stays the public face): the one IPC intake and its transports, the
 * app scheme's IPC routes, and each page's client. One per process, made once CEF has started.
 */
public final class ShellCore {
    private final CefRuntime runtime;
    private final boolean offscreen;
    private final Consumer<ConsoleMessage> consoleSink;
    private final IpcMainImpl ipcMain = new IpcMainImpl();
    private final Pages pages = new Pages();
    private final ReplyParts replyParts = new ReplyParts();
    private final Inbound inbound;
    private final PromptTransport prompts;
    private final PageColorScheme colorScheme = new PageColorScheme();

    /**
     * @param consoleSink where every page's console messages go, or null
     */
    public ShellCore(CefRuntime runtime, AppSchemeHandlerFactory appScheme, long sendSyncTimeoutMillis,
                     boolean offscreen, Consumer<ConsoleMessage> consoleSink) {
        this.runtime = runtime;
        this.offscreen = offscreen;
        this.consoleSink = consoleSink;
        this.inbound = new Inbound(new IpcDispatcher(ipcMain, pages::byId), sendSyncTimeoutMillis);
        SyncResults syncResults = new SyncResults();
        SchemeTransport scheme = new SchemeTransport(pages, inbound, syncResults, replyParts);
        this.prompts = new PromptTransport(pages, inbound, syncResults);
        appScheme.route(WireNames.PATH_FRAME, scheme::binary);
        appScheme.route(WireNames.PATH_SYNC, scheme::sync);
        appScheme.route(WireNames.PATH_SYNC_RESULT, scheme::syncResult);
        appScheme.route(WireNames.PATH_PART, scheme::part);
        appScheme.setPreloadSource(browser -> {
            var page = pages.of(browser);
            return page == null ? List.of() : ((WebContentsImpl) page.webContents()).host().preloadScripts();
        });
    }

    public IpcMain ipcMain() {
        return ipcMain;
    }

    /** The light/dark preference every page is told (nativeTheme). */
    public PageColorScheme colorScheme() {
        return colorScheme;
    }

    /** The intake every transport uses (for its refusal count, in tests and diagnostics). */
    public Inbound inbound() {
        return inbound;
    }

    /** A page: its client, the IPC router (which must exist before the browser), registration, then the browser. */
    public WebContentsImpl createPage(String url, WebPreferences prefs) {
        BrowserHost host = new BrowserHost(runtime, offscreen, prefs.transparent(), null);
        WebContentsImpl wc = new WebContentsImpl(host);
        CefMessageRouter router = CefMessageRouter.create();
        router.addHandler(new CefQueryTransport(wc.pageIpc(), inbound, replyParts), true);
        host.client().addMessageRouter(router);
        host.client().addJSDialogHandler(prompts); // sendSync's fast path; other dialogs pass through untouched
        host.setPreloadScripts(preloadScripts(prefs));
        colorScheme.track(host);
        prefs.trustedOrigins().forEach(wc.pageIpc()::trust);
        wc.pageIpc().trust(url);
        if (consoleSink != null) {
            host.onConsoleMessage(consoleSink);
        }
        host.onClosedSync(() -> pages.remove(host.browser(), wc.id()));
        // on the EDT: JCEF builds the browser's Swing components in createBrowser
        Swing.onEdt(() -> host.createBrowser(url, browser -> pages.add(browser, wc.id(), wc.pageIpc())));
        return wc;
    }

    private static List<String> preloadScripts(WebPreferences prefs) {
        List<String> scripts = new ArrayList<>(2);
        scripts.add(BridgeScript.source());
        if (prefs.preload() != null) {
            try {
                scripts.add(Files.readString(prefs.preload()) + "\n//# sourceURL=" + prefs.preload().getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read preload script " + prefs.preload(), e);
            }
        }
        return List.copyOf(scripts);
    }
}
