package cefshell.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.cef.browser.CefMessageRouter;

import cefshell.ConsoleMessage;
import cefshell.IpcMain;
import cefshell.WebPreferences;
import cefshell.internal.bridge.AppPreload;
import cefshell.internal.bridge.BridgeConfig;
import cefshell.internal.bridge.BridgeScript;
import cefshell.internal.browser.DocumentStartScripts;
import cefshell.internal.browser.BrowserHost;
import cefshell.internal.browser.PageColorScheme;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.guest.GuestViews;
import cefshell.internal.ipc.Inbound;
import cefshell.internal.ipc.IpcDispatcher;
import cefshell.internal.ipc.IpcMainImpl;
import cefshell.internal.ipc.Pages;
import cefshell.internal.ipc.SecretRandom;
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
    private final BridgeConfig bridgeConfig;
    private final PageColorScheme colorScheme = new PageColorScheme();
    private final GuestViews guests;
    private final AppSchemeHandlerFactory appScheme;
    private volatile cefshell.internal.ipc.IpcTrace trace = cefshell.internal.ipc.IpcTrace.OFF;

    /**
     * @param consoleSink where every page's console messages go, or null
     */
    public ShellCore(CefRuntime runtime, AppSchemeHandlerFactory appScheme, long sendSyncTimeoutMillis,
                     boolean offscreen, Consumer<ConsoleMessage> consoleSink) {
        this.runtime = runtime;
        this.offscreen = offscreen;
        this.consoleSink = consoleSink;
        this.bridgeConfig = BridgeConfig.plain(versions(runtime));
        this.appScheme = appScheme;
        this.guests = new GuestViews(appScheme);
        this.inbound = new Inbound(new IpcDispatcher(ipcMain, pages::byId, guests), sendSyncTimeoutMillis);
        inbound.useSockets(new cefshell.internal.ipc.transport.socket.SocketTransport(inbound, replyParts));
        cefshell.internal.ipc.PortRelays.install(new cefshell.internal.ports.PortHub());
        cefshell.internal.ipc.PushParts.install(replyParts::park); // large port messages to pages: fetched in parts
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

    /** Prints each IPC message of the channels {@code channelGlob} matches to {@code lines} (the IPC inspector). */
    public void traceIpc(String channelGlob, Consumer<String> lines) {
        trace = new cefshell.internal.trace.IpcInspector(channelGlob, lines);
        inbound.trace(trace);
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

    /** Every {@code <webview>} guest; the shell tells it how to make their components. */
    public GuestViews guests() {
        return guests;
    }

    /** A page: its client, the IPC router (which must exist before the browser), registration, then the browser. */
    public WebContentsImpl createPage(String url, WebPreferences prefs) {
        return createPage(url, prefs, null);
    }

    /**
     * A {@code <webview>}'s guest page (its bridge reports dom-ready and may sendToHost); {@code configure} sees its
     * browser host before the browser exists.
     */
    public WebContentsImpl createGuestPage(String url, WebPreferences prefs, Consumer<BrowserHost> configure) {
        return createPage(url, prefs, configure);
    }

    private WebContentsImpl createPage(String url, WebPreferences prefs, Consumer<BrowserHost> guest) {
        BrowserHost host = new BrowserHost(runtime, offscreen, prefs.transparent(), null);
        if (guest != null) {
            guest.accept(host);
        }
        WebContentsImpl wc = new WebContentsImpl(host);
        CefMessageRouter router = CefMessageRouter.create();
        router.addHandler(new CefQueryTransport(wc.pageIpc(), inbound, replyParts), true);
        host.client().addMessageRouter(router);
        host.client().addJSDialogHandler(prompts); // sendSync's fast path; other dialogs pass through untouched
        String appPreload = appPreload(prefs);
        BridgeConfig pageConfig = bridgeConfig.webview(prefs.webviewTag(), guest != null);
        if (prefs.webviewTag()) {
            guests.allowHost(wc, prefs);
        }
        if (prefs.contextIsolation()) {
            BridgeConfig config = pageConfig.isolated(secret());
            List<DocumentStartScripts.Script> scripts = new ArrayList<>(3);
            scripts.add(new DocumentStartScripts.Script(BridgeScript.source(BridgeScript.World.MAIN_WORLD, config), null));
            scripts.add(new DocumentStartScripts.Script(BridgeScript.source(BridgeScript.World.ISOLATED, config),
                    DocumentStartScripts.ISOLATED_WORLD));
            if (appPreload != null) {
                scripts.add(new DocumentStartScripts.Script(appPreload, DocumentStartScripts.ISOLATED_WORLD));
            }
            host.setDocumentStartScripts(new DocumentStartScripts(scripts));
            wc.pageIpc().usePulls();
            wc.useIsolatedWorld(config.secret().replace('-', '_'));
        } else {
            List<String> scripts = new ArrayList<>(2);
            String bridge = BridgeScript.source(BridgeScript.World.PAGE, pageConfig);
            scripts.add(bridge);
            appScheme.preparePreload(bridge, BridgeScript.asciiLiteral(BridgeScript.World.PAGE, pageConfig));
            if (appPreload != null) {
                scripts.add(appPreload);
                appScheme.preparePreloads(List.of(appPreload));
            }
            host.setPreloadScripts(scripts);
        }
        colorScheme.track(host);
        prefs.trustedOrigins().forEach(wc.pageIpc()::trust);
        wc.pageIpc().trust(url);
        wc.pageIpc().trace(trace);
        if (consoleSink != null) {
            host.onConsoleMessage(consoleSink);
        }
        host.onClosedSync(() -> pages.remove(host.browser(), wc.id()));
        // on the EDT: JCEF builds the browser's Swing components in createBrowser
        Swing.onEdt(() -> host.createBrowser(url, browser -> pages.add(browser, wc.id(), wc.pageIpc())));
        return wc;
    }

    /** The app's preload wrapped for the preload environment, or null without one. */
    private static String appPreload(WebPreferences prefs) {
        if (prefs.preload() == null) {
            return null;
        }
        try {
            return AppPreload.wrap(Files.readString(prefs.preload()), prefs.preload().getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preload script " + prefs.preload(), e);
        }
    }

    /** Names the link between a page's isolated world and its main world; page scripts never see it. */
    private static String secret() {
        byte[] b = new byte[16];
        SecretRandom.nextBytes(b);
        return "cefshell-" + java.util.HexFormat.of().formatHex(b);
    }

    /** What a preload's {@code process.versions} reports: the main side runs on Java, hence node is Java's. */
    private static Map<String, String> versions(CefRuntime runtime) {
        String java = System.getProperty("java.version", "");
        String cefshell = Objects.requireNonNullElse(ShellCore.class.getPackage().getImplementationVersion(), "0.1.0");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("chrome", runtime.version().getChromeVersion());
        v.put("cef", runtime.version().getCefVersion());
        v.put("cefshell", cefshell);
        v.put("electron", cefshell);
        v.put("java", java);
        v.put("node", java);
        return v;
    }

}
