// Long file: JCEF clients hold one handler of each kind, so every callback of one browser is composed here over shared state.
package cefshell.internal.browser;

import java.awt.Component;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.cef.CefClient;
import org.cef.CefSettings;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.browser.CefshellWindowedCreation;
import org.cef.handler.CefDisplayHandlerAdapter;
import org.cef.handler.CefLifeSpanHandlerAdapter;
import org.cef.handler.CefLoadHandler;
import org.cef.handler.CefLoadHandlerAdapter;
import org.cef.handler.CefRequestHandlerAdapter;
import org.cef.network.CefRequest;

import cefshell.ConsoleMessage;
import cefshell.internal.runtime.CefRuntime;

/**
 * One browser and the CEF client it belongs to. JCEF clients hold a single handler of each kind, so every
 * callback cefshell needs for a browser is composed here and fanned out to listeners on the event thread.
 *
 * <p>Closing follows CEF's protocol for a host-owned window: {@code close(true)} makes CEF ask {@code doClose},
 * which answers "proceed"; CEF destroys its window and calls {@code onBeforeClose}, where the client is disposed.
 */
public final class BrowserHost {
    private static final System.Logger LOG = System.getLogger("cefshell.browser");
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);

    private final int id = NEXT_ID.getAndIncrement();
    private final CefClient client;
    private final RendererHealth renderer;
    private final PageKeys keys;               // keys the page did not handle: menu accelerators
    private final PageContextMenu contextMenu; // the page's context-menu event
    private final boolean offscreen;
    private final boolean transparent;
    private OffscreenView offscreenView; // off-screen pages only
    private volatile CefBrowser browser;
    /** Calls into the browser from other threads hold the read lock; JCEF's release waits for them (onBeforeClose). */
    private final java.util.concurrent.locks.ReentrantReadWriteLock browserCalls =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile boolean browserReleased;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Listeners<ConsoleMessage> console = new Listeners<>();
    private final Listeners<String> titles = new Listeners<>();
    private final Listeners<String> mainFrameLoaded = new Listeners<>();
    private final Listeners<Void> closeListeners = new Listeners<>();
    private final Listeners<LoadingState> loadingStates = new Listeners<>();
    private final Navigations navigations = new Navigations(this);
    private final Listeners<PopupRequest> popups = new Listeners<>();
    private volatile org.cef.browser.CefRequestContext requestContext; // null: CEF's global one
    private volatile org.cef.handler.CefRequestContextHandler resourceRequests; // null: CEF's default handling
    private volatile Runnable pageCloseRequest; // null: window.close() closes the page
    private final java.util.List<Runnable> mainFrameStartSync = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<Runnable> closedSync = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<Consumer<CefBrowser>> createdSync = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ZoomLevel zoomLevel = new ZoomLevel();
    private final java.util.List<Runnable> pageFocusSync = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile FocusBridge focusBridge;
    private final java.util.Queue<Runnable> whenIdle = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile String title = "";
    private volatile java.util.List<String> preloadScripts = java.util.List.of();
    private volatile DocumentStartScripts documentStartScripts = new DocumentStartScripts(java.util.List.of());
    private volatile DevTools devTools;
    /** DevTools steps that must be done before the page's first real document (e.g. its color scheme). */
    private final java.util.List<java.util.function.Function<DevTools, CompletableFuture<?>>> beforeFirstNavigation =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean installing;   // guarded by this: document-start scripts being registered; loads wait
    /**
     * Since when a navigation Java asked for (loadURL, reload, the first page after the placeholder) has not loaded
     * yet, or 0: scripts wait for its document rather than run in the one it replaces.
     */
    private volatile long awaitingLoadSince;
    /** A navigation that never loads (e.g. to the same document) stops holding scripts back after this long. */
    private static final long LOAD_WAIT_MILLIS = 10_000;
    private static final java.util.concurrent.ScheduledExecutorService LOAD_WAITS =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cefshell-load-wait");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean closing;
    private boolean created;      // guarded by this
    private String pendingUrl;    // guarded by this: a loadURL that came before the native browser existed
    private volatile String requestedUrl = ""; // the last URL Java asked for
    private boolean closeWhenCreated; // guarded by this: close() came before the native browser existed

    /** Sets up the client; the browser itself is made by {@link #createBrowser}, once the page is registered. */
    public BrowserHost(CefRuntime runtime, boolean offscreen, boolean transparent, Consumer<CefClient> configureClient) {
        if (transparent && !offscreen) {
            throw new IllegalStateException("a transparent page needs off-screen rendering: start the shell with "
                    + "ShellOptions.builder().offscreen(true)");
        }
        this.offscreen = offscreen;
        this.transparent = transparent;
        this.client = runtime.createClient();
        this.renderer = new RendererHealth(this, client);
        this.keys = new PageKeys(this, client);
        this.contextMenu = new PageContextMenu(this, client);
        client.addDisplayHandler(new CefDisplayHandlerAdapter() {
            @Override
            public boolean onConsoleMessage(CefBrowser b, CefSettings.LogSeverity level, String message, String source,
                                            int line) {
                if (!isOurs(b)) {
                    return false;
                }
                console.fire(new ConsoleMessage(ConsoleLevels.of(level), message, source, line));
                return true; // we print it; keep Chromium from logging it again
            }

            @Override
            public void onTitleChange(CefBrowser b, String newTitle) {
                if (!isOurs(b)) {
                    return;
                }
                title = newTitle;
                titles.fire(newTitle);
            }

            @Override
            public void onAddressChange(CefBrowser b, CefFrame frame, String url) {
                if (isOurs(b)) {
                    navigations.addressChanged(frame, url);
                }
            }
        });
        client.addLoadHandler(new CefLoadHandlerAdapter() {
            @Override
            public void onLoadingStateChange(CefBrowser b, boolean isLoading, boolean canGoBack, boolean canGoForward) {
                if (isOurs(b)) {
                    zoomLevel.reported(b.getZoomLevel()); // on CEF's UI thread, as here, JCEF reads it directly
                    loadingStates.fire(new LoadingState(isLoading, canGoBack, canGoForward));
                }
                // not while recovering or while a navigation Java asked for has not loaded: scripts wait for the new
                // document (the placeholder or the old page may finish loading first)
                if (!isLoading && isOurs(b) && isIdle()) {
                    runWhenIdle();
                }
            }

            @Override
            public void onLoadStart(CefBrowser b, CefFrame frame, CefRequest.TransitionType transitionType) {
                if (isOurs(b)) {
                    navigations.loadStarted(frame);
                }
                if (isOurs(b) && frame.isMain()) {
                    zoomLevel.loadStarted();
                    renderer.mainFrameStarted();
                    mainFrameStartSync.forEach(Runnable::run);
                }
            }

            @Override
            public void onLoadError(CefBrowser b, CefFrame frame, CefLoadHandler.ErrorCode errorCode, String errorText,
                                    String failedUrl) {
                if (isOurs(b)) {
                    navigations.loadFailed(frame, errorCode, errorText, failedUrl);
                }
                if (isOurs(b) && frame.isMain()) {
                    renderer.mainFrameFailed();
                    if (!"about:blank".equals(failedUrl)) {
                        awaitingLoadSince = 0; // a failed load must not hold executeJavaScript back
                        if (isIdle()) {
                            runWhenIdle();
                        }
                    }
                }
            }

            @Override
            public void onLoadEnd(CefBrowser b, CefFrame frame, int httpStatusCode) {
                if (isOurs(b) && frame.isMain()) {
                    CefThreadAttachment.afterFirstLoad();
                    String url = frame.getURL();
                    navigations.mainFrameLoadEnded(url, httpStatusCode);
                    if (!"about:blank".equals(url) || "about:blank".equals(requestedUrl)) {
                        awaitingLoadSince = 0;
                        if (isIdle()) { // the loading state may have settled before this load's end
                            runWhenIdle();
                        }
                    }
                    // The about:blank a window starts with can finish loading after Java has already navigated it
                    // elsewhere: that is not a load anyone waits for.
                    if ("about:blank".equals(url) && !"about:blank".equals(requestedUrl)) {
                        return;
                    }
                    mainFrameLoaded.fire(url);
                }
            }
        });
        client.addFocusHandler(new org.cef.handler.CefFocusHandlerAdapter() {
            @Override
            public boolean onSetFocus(CefBrowser b, FocusSource source) {
                if (!isOurs(b)) {
                    return false;
                }
                FocusBridge f = focusBridge;
                return f != null && !f.allowFocus(source); // true cancels
            }

            @Override
            public void onGotFocus(CefBrowser b) {
                if (!isOurs(b)) {
                    return;
                }
                pageFocusSync.forEach(Runnable::run);
                FocusBridge f = focusBridge;
                if (f != null) {
                    f.pageFocused();
                }
            }

            @Override
            public void onTakeFocus(CefBrowser b, boolean next) {
                if (!isOurs(b)) {
                    return;
                }
                FocusBridge f = focusBridge;
                if (f != null) {
                    f.pageTookFocusAway();
                }
            }
        });
        client.addRequestHandler(new CefRequestHandlerAdapter() {
            @Override
            public void onRenderProcessTerminated(CefBrowser b, TerminationStatus status, int errorCode,
                                                  String errorString) {
                if (isOurs(b)) {
                    renderer.terminated(status, errorCode);
                }
            }

            @Override
            public boolean onBeforeBrowse(CefBrowser b, CefFrame frame, CefRequest request, boolean userGesture,
                                          boolean isRedirect) {
                return isOurs(b) && navigations.beforeBrowse(frame, request, isRedirect);
            }

            @Override
            public org.cef.handler.CefResourceRequestHandler getResourceRequestHandler(CefBrowser b, CefFrame frame,
                    CefRequest request, boolean isNavigation, boolean isDownload, String requestInitiator,
                    org.cef.misc.BoolRef disableDefaultHandling) {
                var h = resourceRequests;
                return h == null || !isOurs(b) ? null : h.getResourceRequestHandler(b, frame, request, isNavigation,
                        isDownload, requestInitiator, disableDefaultHandling);
            }
        });
        client.addLifeSpanHandler(new CefLifeSpanHandlerAdapter() {
            @Override
            public void onAfterCreated(CefBrowser b) {
                if (!isOurs(b)) {
                    return;
                }
                createdSync.forEach(c -> c.accept(b));
                String url;
                boolean close;
                boolean install = needsPlaceholder();
                synchronized (BrowserHost.this) {
                    created = true;
                    installing = install;
                    url = install ? null : pendingUrl;
                    if (!install) {
                        pendingUrl = null;
                    }
                    close = closeWhenCreated;
                }
                if (close) {
                    b.close(true);
                } else if (install) {
                    // before the first real navigation, so the scripts run in its very first document
                    CompletableFuture<?> steps = documentStartScripts.install(devTools());
                    for (var step : beforeFirstNavigation) {
                        steps = steps.thenCompose(v -> step.apply(devTools()));
                    }
                    steps.whenComplete((v, e) -> {
                        if (e != null) {
                            LOG.log(System.Logger.Level.ERROR, "WebContents #" + id + ": the preload could not be installed "
                                    + "(" + e + "); the page loads without it");
                        }
                        String next;
                        synchronized (BrowserHost.this) {
                            installing = false;
                            next = pendingUrl;
                            pendingUrl = null;
                        }
                        if (next != null && !isClosing()) {
                            b.loadURL(next);
                        }
                    });
                } else if (url != null) {
                    b.loadURL(url);
                }
            }

            @Override
            public boolean doClose(CefBrowser b) {
                if (!isOurs(b)) {
                    return false; // our DevTools window: let it close on its own
                }
                Runnable keep = pageCloseRequest;
                // the page's own window.close(), and its owner keeps the page; never while JCEF closes every browser
                if (keep != null && !closing && !CefShutdown.inProgress()) {
                    keep.run();
                    return true;
                }
                b.closeDevTools();
                closing = true;
                return false; // proceed: CEF destroys its own window, then onBeforeClose
            }

            @Override
            public void onBeforeClose(CefBrowser b) {
                if (!isOurs(b)) {
                    return;
                }
                closedSync.forEach(Runnable::run);
                runWhenIdle(); // they see the page closed and fail
                DevTools d = devTools;
                if (d != null) {
                    d.close();
                }
                client.dispose();
                closed.complete(null);
                closeListeners.fire(null);
                // JCEF releases the browser's native object when this returns: no call may be under way then. New calls
                // stop at once; those under way are waited for, boundedly (a caller stuck on something this thread holds
                // must not deadlock the close; the calls under the lock are short, non-blocking CEF calls)
                browserReleased = true;
                var write = browserCalls.writeLock();
                try {
                    if (write.tryLock(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        write.unlock();
                    } else {
                        LOG.log(System.Logger.Level.WARNING, "WebContents #" + id + ": a call into its browser was "
                                + "still under way as it closed");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean onBeforePopup(CefBrowser b, CefFrame frame, String targetUrl, String targetFrameName) {
                // Chromium's own popup would be a window no one manages: always cancelled; the window-open policy
                // decides off this thread whether a window of the shell's own opens instead
                if (isOurs(b)) {
                    popups.fire(new PopupRequest(targetUrl, targetFrameName == null ? "" : targetFrameName,
                            frame == null ? "" : frame.getURL()));
                }
                return true;
            }
        });
        if (configureClient != null) {
            configureClient.accept(client);
        }
    }

    /**
     * Creates the browser on {@code url}; call once, on the EDT (JCEF builds Swing components for it).
     * {@code beforeLoad} sees the browser before it can load anything (registration for the scheme handler and IPC).
     *
     * <p>An off-screen browser is created at once; a windowed one when its component is first painted while
     * displayable (see {@link WindowedCreation}).
     */
    public CefBrowser createBrowser(String url, Consumer<CefBrowser> beforeLoad) {
        if (browser != null) {
            throw new IllegalStateException("browser already created");
        }
        requestedUrl = url;
        if (needsPlaceholder()) {
            // The page's scripts must be registered before its first document: start on a blank placeholder and
            // load the page once they are (see onAfterCreated).
            synchronized (this) {
                pendingUrl = url;
            }
            expectLoad();
            url = "about:blank";
        }
        if (offscreen) {
            offscreenView = new OffscreenView(transparent);
            org.cef.browser.CefshellOffscreenBrowser osr =
                    new org.cef.browser.CefshellOffscreenBrowser(client, url, transparent, offscreenView, offscreenView,
                            requestContext);
            offscreenView.attach(osr);
            browser = osr;
        } else {
            browser = client.createBrowser(url, false, false, requestContext);
            org.cef.browser.CefshellWindowedCreation.markTimerAsks(browser); // JCEF's timer asks once, not twice
        }
        beforeLoad.accept(browser);
        if (offscreen) {
            browser.createImmediately();
        }
        // A windowed browser is made by JCEF when its component is first painted while displayable (see
        // WindowedCreation): JCEF's createImmediately() would parent it to a 1x1 hidden window, where (measured on
        // CEF 146) it loads but never gets a native window, never shows after being reparented, and stalls shutdown.
        return browser;
    }

    /**
     * Asks CEF for this windowed page's native browser now, if nothing has asked yet (JCEF asks from a timer, 100 ms
     * after its component was last painted), and on the page {@link #loadURL} named meanwhile, if any and if no
     * placeholder is needed: the first page then loads at once, not after a blank one. EDT only; call where the
     * component will stay (see {@code CefshellWindowedCreation}).
     */
    public void createWindowedNow() {
        if (offscreen || browser == null) {
            return;
        }
        String url;
        synchronized (this) {
            if (created) {
                return;
            }
            url = !needsPlaceholder() && pendingUrl != null ? pendingUrl : null;
            if (url != null) {
                pendingUrl = null; // onAfterCreated must not load it a second time
            }
        }
        // JCEF takes the new browser's size from the last paint of its component; without one it would be made at
        // CEF's default size and the page's first scripts would see that
        WindowedCreation.poke(browser.getUIComponent());
        boolean asked = CefshellWindowedCreation.createNow(browser, url); // null: the URL the browser was made with
        if (asked || url == null) {
            return;
        }
        boolean loadNow = false;
        synchronized (this) {
            if (pendingUrl == null) { // else a later loadURL replaced it
                if (created && !installing) {
                    loadNow = true; // JCEF's own request made the browser meanwhile, and it found no URL to load
                } else {
                    pendingUrl = url;
                }
            }
        }
        if (loadNow) {
            browser.loadURL(url);
        }
    }

    /**
     * DevTools opens another browser on the same client, and its callbacks arrive here too: only the page's own
     * browser counts for events, loading and closing.
     */
    boolean isOurs(CefBrowser b) {
        CefBrowser own = browser;
        return b == own || (own != null && b != null && b.getIdentifier() > 0 && b.getIdentifier() == own.getIdentifier());
    }

    /**
     * Runs {@code r} (on a CEF thread; keep it short) once the page can run scripts: the browser exists and its main
     * frame has a URL and is not loading, as Electron's {@code executeJavaScript} waits for; at once if that is so
     * now. Also run when the browser closes, so check {@link #isClosing()}.
     */
    public void whenIdle(Runnable r) {
        whenIdle.add(r);
        if (isClosing() || isIdle() || renderer.isGoneForGood()) {
            runWhenIdle();
        }
    }

    private boolean isIdle() {
        if (!isCreated() || renderer.isCrashed() || renderer.isRecovering()) {
            return false;
        }
        long since = awaitingLoadSince;
        if (since != 0 && System.nanoTime() - since < java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(LOAD_WAIT_MILLIS)) {
            return false;
        }
        String url = browser.getURL();
        return url != null && !url.isEmpty() && !browser.isLoading();
    }

    /** Runs what waits in {@link #whenIdle} now, e.g. when the renderer died and they must fail. */
    void drainWhenIdle() {
        runWhenIdle();
    }

    private void runWhenIdle() {
        Runnable r;
        while ((r = whenIdle.poll()) != null) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a callback failed", e);
            }
        }
    }

    /**
     * Java is about to navigate the page: scripts asked for from now on wait for the new document (at most
     * {@value #LOAD_WAIT_MILLIS} ms, for a navigation that never loads), as Electron's executeJavaScript does.
     */
    public void expectLoad() {
        awaitingLoadSince = System.nanoTime();
        LOAD_WAITS.schedule(() -> {
            if (!whenIdle.isEmpty() && (isClosing() || isIdle())) {
                runWhenIdle();
            }
        }, LOAD_WAIT_MILLIS + 50, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** True once CEF has made the native browser (executeJavaScript, DevTools and close need it). */
    /**
     * CEF was asked for this windowed page's native browser and is making it: its window is being made in the
     * component's canvas, which must not be destroyed meanwhile. EDT.
     */
    public boolean isBeingMade() {
        return !offscreen && !isCreated() && org.cef.browser.CefshellWindowedCreation.isBeingMade(browser);
    }

    public synchronized boolean isCreated() {
        return created;
    }

    /** True for an off-screen rendered browser. */
    public boolean isOffscreen() {
        return offscreen;
    }

    /** cefshell's id for this browser (Electron's {@code webContents.id}); small, unique in the process. */
    public int id() {
        return id;
    }

    public CefBrowser browser() {
        return browser;
    }

    /** {@code command} on the browser, unless it does not exist yet or is closed (then nothing). Any thread. */
    public void onBrowser(Consumer<CefBrowser> command) {
        withBrowser(b -> {
            command.accept(b);
            return null;
        }, null);
    }

    /**
     * {@code call}'s result on the browser, or {@code ifGone} before it exists and once it closed; for threads other
     * than CEF's UI thread (see {@link cefshell.internal.ipc.LiveBrowser}, why). Any thread.
     */
    public <T> T withBrowser(java.util.function.Function<CefBrowser, T> call, T ifGone) {
        var read = browserCalls.readLock();
        read.lock();
        try {
            CefBrowser b = browser;
            return b == null || browserReleased ? ifGone : call.apply(b);
        } finally {
            read.unlock();
        }
    }

    public CefClient client() {
        return client;
    }

    /** Key presses the page did not handle (menu accelerators). */
    public PageKeys keys() {
        return keys;
    }

    /** The page's context-menu requests. */
    public PageContextMenu contextMenu() {
        return contextMenu;
    }

    /** The renderer process's health: gone, unresponsive, and recovery from both. */
    public RendererHealth renderer() {
        return renderer;
    }

    /** The last URL Java asked this page to load. */
    String requestedUrl() {
        return requestedUrl;
    }

    /** The AWT component that shows the page. */
    public Component uiComponent() {
        return browser.getUIComponent();
    }

    /**
     * An image of what the page shows now, at its size in device pixels; fails when the browser is not created yet or
     * already closed.
     */
    public java.util.concurrent.CompletableFuture<java.awt.image.BufferedImage> capture() {
        if (!isCreated() || isClosing()) {
            return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException(
                    isClosing() ? "capturePage: the page is closed" : "capturePage: the page is not created yet"));
        }
        return offscreen ? offscreenView.capture() : PageCapture.viaDevTools(devTools());
    }

    /** Scripts for every document of the page, in its main world or an isolated one; set before the browser exists. */
    public void setDocumentStartScripts(DocumentStartScripts scripts) {
        this.documentStartScripts = scripts;
    }

    /**
     * A DevTools step to finish before the page's first real document loads (the browser then starts on a
     * placeholder, as for document-start scripts). Call before the browser is created.
     */
    public void beforeFirstNavigation(java.util.function.Function<DevTools, CompletableFuture<?>> step) {
        beforeFirstNavigation.add(step);
    }

    private boolean needsPlaceholder() {
        return !documentStartScripts.isEmpty() || !beforeFirstNavigation.isEmpty();
    }

    /** The page's DevTools protocol session, made on first use (after the native browser exists). */
    DevTools devTools() {
        DevTools d = devTools;
        if (d != null) {
            return d;
        }
        // Made outside this page's lock: the first DevTools of the process loads and initialises its classes on a
        // cold JVM (it built a Gson there too, 20-40 ms, until 0533d77), and CEF's UI thread takes the lock at every
        // load end (isCreated), so it must not wait for that. An instance made in a race and not kept has done
        // nothing yet: it is simply dropped.
        DevTools made = new DevTools(browser);
        synchronized (this) {
            if (devTools == null) {
                devTools = made;
            }
            return devTools;
        }
    }

    /** Scripts run first in every document of this browser served from the app scheme. */
    public java.util.List<String> preloadScripts() {
        return preloadScripts;
    }

    public void setPreloadScripts(java.util.List<String> scripts) {
        this.preloadScripts = java.util.List.copyOf(scripts);
    }

    public String title() {
        return title;
    }

    public void onConsoleMessage(Consumer<ConsoleMessage> listener) {
        console.add(listener);
    }

    public void onTitleChange(Consumer<String> listener) {
        titles.add(listener);
    }

    /** Each time the main frame finishes loading a document, with that document's URL. */
    public void onMainFrameLoaded(Consumer<String> listener) {
        mainFrameLoaded.add(listener);
    }

    public void onClosed(Runnable listener) {
        closeListeners.add(v -> listener.run());
    }

    /** Each change of CEF's loading state of the page (did-start-loading / did-stop-loading). */
    public void onLoadingStateChange(Consumer<LoadingState> listener) {
        loadingStates.add(listener);
    }

    /**
     * Run on the CEF UI thread when the main frame starts loading a new document (after commit, before its scripts
     * could send anything about it): must be quick.
     */
    public void onMainFrameStartSync(Runnable r) {
        mainFrameStartSync.add(r);
    }

    /** The page's navigation events and its will-navigate gate. */
    public Navigations navigations() {
        return navigations;
    }

    /** Each new window the page asks for ({@code window.open}, {@code target=_blank}), on the event thread. */
    public void onPopup(Consumer<PopupRequest> listener) {
        popups.add(listener);
    }

    /** The storage and network session the page uses (a partition); set before the browser is created. */
    public void useRequestContext(org.cef.browser.CefRequestContext context) {
        this.requestContext = context;
    }

    /**
     * Handles the page's requests before CEF's defaults (on CEF's IO thread): e.g. serves the app scheme to a page of
     * another request context, where the global scheme handler factory does not reach. Null for CEF's defaults.
     */
    public void useResourceRequests(org.cef.handler.CefRequestContextHandler handler) {
        this.resourceRequests = handler;
    }

    /**
     * The page's own {@code window.close()} keeps the page and runs {@code r} instead (on the CEF UI thread; quick),
     * as a {@code <webview>}'s guest does; {@link #close()} still closes it.
     */
    public void onPageCloseRequest(Runnable r) {
        this.pageCloseRequest = r;
    }

    /** Routes CEF's focus events of a windowed page shown in Swing; null (default) lets CEF do as it likes. */
    void setFocusBridge(FocusBridge bridge) {
        this.focusBridge = bridge;
    }

    /**
     * Set-up run on the CEF UI thread once the native browser exists, before it loads a URL given meanwhile (e.g. the
     * page's colour scheme): must be quick.
     */
    public void onCreatedSync(Consumer<CefBrowser> c) {
        createdSync.add(c);
    }

    /** Run on the CEF UI thread when the page takes the keyboard focus (e.g. it was clicked): must be quick. */
    public void onPageFocusSync(Runnable r) {
        pageFocusSync.add(r);
    }

    /**
     * A {@code <webview>} guest laid over this page took the keyboard focus: for this page's window that is the
     * same as this page taking it ({@link #onPageFocusSync}). CEF UI thread.
     */
    public void guestTookFocus() {
        pageFocusSync.forEach(Runnable::run);
    }

    /**
     * The page's zoom level as last set or as CEF last reported it (each navigation may change it: Chromium keeps a
     * level per origin). Never asked of JCEF here: off CEF's UI thread its getZoomLevel posts to that thread and
     * waits at most 1 s, and when that wait times out (a busy UI thread) the task it posted later locks a lock JCEF
     * has already freed (java-cef CefPostTaskAndWait): the same pattern as its reparenting, which was caught
     * crashing the JVM (see NativeWindowMoves). Any thread.
     */
    public double zoomLevel() {
        return zoomLevel.get();
    }

    /** Sets the page's zoom level (Electron's 0 is 100 %, each step ±1 scales by 1.2). Any thread. */
    public void setZoomLevel(double level) {
        zoomLevel.set(level);
        if (isCreated() && !isClosing()) {
            browser.setZoomLevel(level);
        }
    }

    /** Internal bookkeeping run on the CEF UI thread at close, before any listener: must be quick. */
    public void onClosedSync(Runnable r) {
        closedSync.add(r);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    public boolean isClosing() {
        return closing || closed.isDone();
    }

    /** Completes when the browser is gone. */
    public CompletableFuture<Void> closedFuture() {
        return closed;
    }

    /** Navigates the main frame; before the native browser exists, the URL is loaded as soon as it does. */
    public void loadURL(String url) {
        requestedUrl = url;
        expectLoad();
        synchronized (this) {
            if (!created || installing) {
                pendingUrl = url;
                return;
            }
        }
        browser.loadURL(url);
    }

    /**
     * Closes the browser without running the page's beforeunload handlers; asynchronous. Before the native browser
     * exists, it is closed as soon as it does.
     */
    public void close() {
        synchronized (this) {
            if (isClosing()) {
                return;
            }
            closing = true;
            if (!created) {
                closeWhenCreated = true;
                return;
            }
        }
        browser.closeDevTools(); // a DevTools window shares our client; closing it first avoids a crash in CEF
        browser.close(true);
    }
}
