package cefshell.internal.browser;

import java.util.function.Consumer;

import org.cef.CefClient;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.browser.CefMessageRouter;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefMessageRouterHandlerAdapter;
import org.cef.handler.CefRequestHandler.TerminationStatus;

import cefshell.RenderProcessGoneDetails;

/**
 * Whether one page's renderer process lives and answers: Electron's {@code render-process-gone},
 * {@code unresponsive} and {@code responsive}, {@code forcefullyCrashRenderer}, and getting a hung page back.
 *
 * <p><b>Hangs.</b> JCEF 146 does not pass on CEF's unresponsive callbacks, so {@link HangMonitor} has each live page
 * send itself a tiny script every second; it answers through a message router of its own ({@value #PING_FUNCTION}),
 * apart from IPC's, so that a busy IPC handler never looks like a hang. A ping unanswered for
 * {@value #UNRESPONSIVE_AFTER_MILLIS} ms (Chromium's own hang delay) makes the page unresponsive; any answer, or a new
 * document starting, makes it responsive again.
 *
 * <p><b>Recovery.</b> A renderer stuck in a script never commits a new document of its site, so reload and loadURL
 * alone do nothing. A navigation asked of an unresponsive page, or of one that becomes unresponsive before the
 * navigation's document starts, first ends the renderer as {@link #crash()} does and runs once it is gone. After a
 * renderer died, the page stays dead (scripts fail at once) until Java navigates it again.
 *
 * <p>Callbacks from CEF arrive on its UI thread and only update state here; listeners run on the event thread.
 */
public final class RendererHealth {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");
    static final long UNRESPONSIVE_AFTER_MILLIS = 5000;
    /** A navigation asked longer ago than this is not redone after a hang (e.g. a same-document one). */
    private static final long NAVIGATION_RECOVERY_WINDOW_MILLIS = 30_000;
    private static final String PING_FUNCTION = "cefshellPing";
    private static final long MILLI = 1_000_000;

    private final BrowserHost host;
    private final Listeners<RenderProcessGoneDetails> gone = new Listeners<>();
    private final Listeners<Void> unresponsive = new Listeners<>();
    private final Listeners<Void> responsive = new Listeners<>();
    private volatile RenderProcessGoneDetails goneDetails; // set while the renderer is dead and no document replaced it
    private volatile boolean unresponsiveNow;
    private long pingSentAt;            // guarded by this; 0 when no ping is outstanding
    private long lastPing;              // guarded by this
    private Runnable pendingNavigation; // guarded by this: asked by Java, its document has not started yet
    private long pendingNavigationAt;   // guarded by this
    private Runnable afterGone;         // guarded by this: a navigation waiting for a hung renderer to end
    private boolean recovering;         // guarded by this: a navigation replaces a dead or hung renderer
    private boolean devToolsAttached;   // guarded by this: for the current renderer

    RendererHealth(BrowserHost host, CefClient client) {
        this.host = host;
        CefMessageRouter router = CefMessageRouter.create(
                new CefMessageRouter.CefMessageRouterConfig(PING_FUNCTION, PING_FUNCTION + "Cancel"));
        router.addHandler(new CefMessageRouterHandlerAdapter() {
            @Override
            public boolean onQuery(CefBrowser b, CefFrame frame, long queryId, String request, boolean persistent,
                                   CefQueryCallback callback) {
                pong();
                callback.success("");
                return true;
            }
        }, true);
        client.addMessageRouter(router); // before the browser exists: routers added later are not seen by pages
        HangMonitor.watch(this);
    }

    /** Electron's {@code webContents.isCrashed()}: the renderer died and no new document has started since. */
    public boolean isCrashed() {
        return goneDetails != null;
    }

    /** Why the renderer died, while {@link #isCrashed()}; else null. */
    public RenderProcessGoneDetails goneDetails() {
        return goneDetails;
    }

    /** True while the page does not answer (Electron's {@code unresponsive} fired, {@code responsive} not yet). */
    public boolean isUnresponsive() {
        return unresponsiveNow;
    }

    public void onGone(Consumer<RenderProcessGoneDetails> listener) {
        gone.add(listener);
    }

    public void onUnresponsive(Runnable listener) {
        unresponsive.add(v -> listener.run());
    }

    public void onResponsive(Runnable listener) {
        responsive.add(v -> listener.run());
    }

    /**
     * Runs a navigation Java asked for (reload, loadURL): at once, unless the renderer is hung; then the renderer is
     * ended first and the navigation runs when it is gone. Any thread.
     */
    public void navigate(Runnable navigation) {
        boolean endRenderer = false;
        synchronized (this) {
            if (goneDetails != null) {
                recovering = true; // scripts wait for the new document instead of failing
            } else if (unresponsiveNow) {
                afterGone = navigation;
                recovering = true;
                endRenderer = true;
            } else {
                pendingNavigation = navigation;
                pendingNavigationAt = System.nanoTime();
            }
        }
        if (endRenderer) {
            log(describe() + " is unresponsive: ending its renderer process to run the navigation asked of it");
            crash();
        } else {
            navigation.run();
        }
    }

    /**
     * Electron's {@code forcefullyCrashRenderer()}: ends the renderer process, hung or not, through the DevTools
     * protocol's {@code Page.crash} (the renderer crashes itself on its IO thread, which a hung script does not block).
     * {@code render-process-gone} follows with reason {@code crashed}. Does nothing before the page exists or after
     * its renderer died.
     */
    public void crash() {
        if (host.isCreated() && !host.isClosing() && goneDetails == null) {
            host.devTools().callRaw("Page.crash", null); // never answered: it dies
        }
    }

    /** True while scripts must wait: a navigation is replacing a dead or hung renderer. */
    boolean isRecovering() {
        synchronized (this) {
            return recovering;
        }
    }

    /** The renderer is dead and nobody asked to navigate: waiting scripts fail instead of waiting. */
    boolean isGoneForGood() {
        return goneDetails != null && !isRecovering();
    }

    /** CEF UI thread: the renderer process of the page ended. */
    void terminated(TerminationStatus status, int exitCode) {
        RenderProcessGoneDetails details = new RenderProcessGoneDetails(reasonOf(status), exitCode);
        Runnable then;
        synchronized (this) {
            goneDetails = details;
            devToolsAttached = false;
            unresponsiveNow = false;
            pingSentAt = 0;
            then = afterGone;
            afterGone = null;
            pendingNavigation = null;
            recovering = then != null;
        }
        log("the renderer process of " + describe() + " is gone (" + details + ")"
                + (then != null ? "; running the navigation asked of it" : "; reload() the page to bring it back"));
        gone.fire(details);
        if (then == null) {
            host.drainWhenIdle(); // scripts waiting for the page fail now: it stays dead until Java navigates it
        } else {
            then.run();
        }
    }

    /** CEF UI thread: a document started loading in the main frame, so a live renderer has it. */
    void mainFrameStarted() {
        boolean wasUnresponsive;
        synchronized (this) {
            goneDetails = null;
            pendingNavigation = null;
            afterGone = null;
            recovering = false;
            pingSentAt = 0; // an outstanding ping may have been lost with the previous document
            wasUnresponsive = unresponsiveNow;
            unresponsiveNow = false;
            devToolsAttached = true;
        }
        HangMonitor.runSoon(this::openDevToolsSession);
        if (wasUnresponsive) {
            log(describe() + " is responsive again");
            responsive.fire(null);
        }
    }

    /**
     * Page.crash is served by the renderer's DevTools session, which a hung renderer cannot set up: so a session is
     * opened while the document's renderer is alive (one cheap call per new document), ready for {@link #crash()}.
     */
    private void openDevToolsSession() {
        if (host.isCreated() && !host.isClosing()) {
            host.devTools().callRaw("Runtime.getIsolateId", null);
        }
    }

    /** CEF UI thread: the main frame's navigation failed; it is not waited for any more. */
    synchronized void mainFrameFailed() {
        pendingNavigation = null;
    }

    /** From {@link HangMonitor}: sends a ping or checks the outstanding one. False once the page is closed. */
    boolean tick() {
        if (host.isClosed()) {
            return false;
        }
        long now = System.nanoTime();
        long ping = 0;
        boolean attach = false;
        boolean becameUnresponsive = false;
        Runnable redo = null;
        synchronized (this) {
            if (host.isClosing() || !host.isCreated() || goneDetails != null) {
                pingSentAt = 0;
                return true;
            }
            if (pingSentAt == 0) {
                pingSentAt = now;
                ping = ++lastPing;
                attach = !devToolsAttached && lastPing > 1; // e.g. a page that started before it was watched
                devToolsAttached |= attach;
            } else if (!unresponsiveNow && now - pingSentAt >= UNRESPONSIVE_AFTER_MILLIS * MILLI) {
                unresponsiveNow = true;
                becameUnresponsive = true;
                if (pendingNavigation != null && afterGone == null
                        && now - pendingNavigationAt < NAVIGATION_RECOVERY_WINDOW_MILLIS * MILLI) {
                    redo = afterGone = pendingNavigation;
                    pendingNavigation = null;
                    recovering = true;
                }
            }
        }
        if (attach) {
            openDevToolsSession();
        }
        if (ping != 0) {
            String script = "window." + PING_FUNCTION + "&&" + PING_FUNCTION + "({request:'" + ping
                    + "',onSuccess:function(){},onFailure:function(){}})";
            host.onBrowser(browser -> browser.executeJavaScript(script, "cefshell://ping", 0)); // a page closing meanwhile
        }
        if (becameUnresponsive) {
            log(describe() + " is unresponsive: its page has not answered for " + UNRESPONSIVE_AFTER_MILLIS / 1000
                    + " s (a script that does not end?)"
                    + (redo != null ? "; ending its renderer process to run the navigation asked of it"
                            : "; reload() or loadURL() ends its renderer and navigates, forcefullyCrashRenderer() ends it"));
            unresponsive.fire(null);
            if (redo != null) {
                crash();
            }
        }
        return true;
    }

    /** CEF UI thread: the page ran a ping, so its main thread is free. */
    private void pong() {
        boolean wasUnresponsive;
        synchronized (this) {
            pingSentAt = 0;
            wasUnresponsive = unresponsiveNow;
            unresponsiveNow = false;
        }
        if (wasUnresponsive) {
            log(describe() + " is responsive again");
            responsive.fire(null);
        }
    }

    /** Electron's words for why a renderer ended. */
    static String reasonOf(TerminationStatus status) {
        return switch (status) {
            case TS_PROCESS_WAS_KILLED -> "killed";
            case TS_PROCESS_CRASHED -> "crashed";
            case TS_PROCESS_OOM -> "oom";
            case TS_LAUNCH_FAILED -> "launch-failed";
            case TS_INTEGRITY_FAILURE -> "integrity-failure";
            default -> "abnormal-exit";
        };
    }

    private String describe() {
        String url = host.requestedUrl();
        return "WebContents #" + host.id() + " (" + (url.length() > 80 ? url.substring(0, 77) + "..." : url) + ")";
    }

    private static void log(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
    }
}
