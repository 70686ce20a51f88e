package cefshell;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The page shown by a {@link BrowserWindow} or {@link BrowserPanel}: Electron's {@code webContents}.
 *
 * <p>Listeners run on the shell's event thread ({@code cefshell-events}), never on the CEF UI thread or the EDT;
 * to touch Swing from them, use {@code SwingUtilities.invokeLater}. Methods may be called from any thread.
 */
public interface WebContents {
    /** A small number unique within this process. */
    int id();

    /** Navigates the main frame. */
    void loadURL(String url);

    /** The main frame's current URL. */
    String getURL();

    /** The document title, or "" before one is known. */
    String getTitle();

    void reload();

    /**
     * Sends a message to the main frame's {@code ipcRenderer} listeners; arguments are encoded as in the README's
     * type table. A value that cannot be encoded is logged ({@code Error sending from webFrameMain: ...}), not
     * thrown, as in Electron. Messages sent before the page has loaded are lost.
     *
     * @throws IllegalArgumentException "Missing required channel argument" when {@code channel} is null
     */
    void send(String channel, Object... args);

    /**
     * Sends to one frame, e.g. the {@code event.frameId()} of a message.
     *
     * @return false when no such frame exists
     */
    boolean sendToFrame(String frameId, String channel, Object... args);

    /**
     * Electron's {@code webContents.postMessage(channel, message, transfer)}: {@link WebFrameMain#postMessage} on the
     * main frame (the same errors, thrown).
     */
    default void postMessage(String channel, Object message, java.util.List<? extends MessagePortMain> transfer) {
        mainFrame().postMessage(channel, message, transfer);
    }

    /** {@link #postMessage(String, Object, java.util.List)} without ports. */
    default void postMessage(String channel, Object message) {
        postMessage(channel, message, java.util.List.of());
    }

    /** An {@link IpcMain} receiving only this page's messages; consulted before the shell-wide one. */
    IpcMain ipc();

    /** The top frame of the page. */
    WebFrameMain mainFrame();

    /** Electron's {@code 'ipc-message'}: every {@code send} of this page, before any ipc listener. */
    void onIpcMessage(IpcMessageListener listener);

    /** Electron's {@code 'ipc-message-sync'}: every {@code sendSync}; may answer with {@code setReturnValue}. */
    void onIpcMessageSync(IpcMessageListener listener);

    /**
     * Evaluates {@code code} in the main frame (awaiting it if it is a promise); the result is decoded like an IPC
     * value, a thrown error fails the future with a {@link JsError}. Needs a page with the cefshell preload. As in
     * Electron, a page that is still loading (or not created yet) runs it once it has loaded.
     * Waiting for the future ({@code get}/{@code join}) is allowed anywhere, the AWT event dispatch thread and IPC
     * handlers of this page included: on the EDT, events keep being dispatched while it waits.
     * When the page's renderer process dies, the futures still pending fail with an {@link IllegalStateException}
     * saying so, and until a reload new calls fail at once (see {@link #onRenderProcessGone}).
     */
    CompletableFuture<Object> executeJavaScript(String code);

    /**
     * An image of what the page shows now (its viewport, in device pixels), as Electron's {@code capturePage}.
     * The future fails when the page is not created yet, is closed, or produces no frame within 10 s; waiting for it
     * is allowed on any thread (see {@link #executeJavaScript}).
     */
    CompletableFuture<java.awt.image.BufferedImage> capturePage();

    /** True once the browser is closed; most methods then do nothing. */
    boolean isDestroyed();

    /** Every console message and uncaught error of this page (Electron's {@code 'console-message'}). */
    void onConsoleMessage(Consumer<ConsoleMessage> listener);

    /** Each time the main frame finishes loading (Electron's {@code 'did-finish-load'}). */
    void onDidFinishLoad(Runnable listener);

    /**
     * Electron's {@code setWindowOpenHandler}: decides about each new window this page asks for
     * ({@code window.open}, {@code target="_blank"}); null for the default, which allows a window with the opener's
     * web preferences (a {@code <webview>} guest's default denies). See {@link WindowOpenHandler}.
     */
    void setWindowOpenHandler(WindowOpenHandler handler);

    /**
     * Electron's {@code 'did-create-window'}: a window this page asked for was allowed and opened (its page is still
     * loading), with what the page asked for.
     */
    void onDidCreateWindow(java.util.function.BiConsumer<BrowserWindow, WindowOpenHandler.Details> listener);

    /**
     * Electron's {@code 'will-navigate'}: the page is about to leave its document through a link, a form or a script;
     * {@link WillNavigateEvent#preventDefault()} keeps it. Not for {@link #loadURL}, {@link #reload()}, back/forward
     * or in-page navigations. While a listener exists, such navigations wait for the listeners (see the README).
     */
    void onWillNavigate(Consumer<WillNavigateEvent> listener);

    /** Electron's {@code 'did-start-navigation'}: any frame starts a navigation, or the main frame an in-page one. */
    void onDidStartNavigation(Consumer<NavigationDetails> listener);

    /** Electron's {@code 'did-navigate'}: the main frame committed a new document (not for in-page navigations). */
    void onDidNavigate(Consumer<DidNavigateDetails> listener);

    /** Electron's {@code 'did-navigate-in-page'}: the main frame's URL changed within its document (fragment, pushState). */
    void onDidNavigateInPage(Consumer<NavigationDetails> listener);

    /** Electron's {@code 'did-fail-load'}: a load failed (not when it was cancelled, as in Electron). */
    void onDidFailLoad(Consumer<DidFailLoadDetails> listener);

    /**
     * Each time the page's renderer process ends while the page is open (Electron's {@code 'render-process-gone'}):
     * it crashed, was killed, ran out of memory, or {@link #forcefullyCrashRenderer()} ended it. The page then shows
     * nothing and {@link #isCrashed()} is true: its pending {@code executeJavaScript} futures have failed, the IPC
     * messages of its dead documents that Java had not handled yet are dropped, and new scripts fail at once until
     * {@link #reload()} or {@link #loadURL} brings a new renderer. A line on stderr says what happened.
     */
    void onRenderProcessGone(Consumer<RenderProcessGoneDetails> listener);

    /**
     * When the page stops answering (Electron's {@code 'unresponsive'}): its main thread has been busy for 5 s, e.g.
     * in a script that does not end. The shell checks each open page once a second. {@link #reload()} or
     * {@link #loadURL} of an unresponsive page ends its renderer process first (as {@link #forcefullyCrashRenderer()}
     * does, so {@code render-process-gone} fires with reason {@code crashed}) and then navigates; so does a reload
     * asked shortly before the page was found unresponsive. A line on stderr says so.
     */
    void onUnresponsive(Runnable listener);

    /** When an unresponsive page answers again (Electron's {@code 'responsive'}). Not after its renderer died. */
    void onResponsive(Runnable listener);

    /**
     * Ends the page's renderer process at once, hung or not (Electron's {@code forcefullyCrashRenderer()}); then
     * {@code render-process-gone} fires with reason {@code crashed}, and {@link #reload()} brings the page back.
     * Other pages sharing that process die with it, as in Chromium. Does nothing before the page exists or when its
     * renderer is already gone.
     */
    void forcefullyCrashRenderer();

    /** True after the renderer process died, until a reload or navigation starts a new document (Electron's). */
    boolean isCrashed();

    /**
     * Electron's {@code 'did-attach-webview'}: a {@code <webview>} element of this page got its guest page, passed
     * here, after it was created and before it has loaded (add its {@code ipc()} handlers here). Only for pages whose
     * preferences have {@code webviewTag}.
     */
    void onDidAttachWebview(Consumer<WebContents> listener);

    /**
     * Electron's {@code 'will-attach-webview'}: a {@code <webview>} element of this page is about to get its guest
     * page; the listener may change the guest's preferences and parameters, or refuse it. See
     * {@link WillAttachWebviewEvent}.
     */
    void onWillAttachWebview(Consumer<WillAttachWebviewEvent> listener);

    /** For a {@code <webview>}'s guest page: the page its element is in (Electron's {@code hostWebContents}); else null. */
    WebContents hostWebContents();

    /** Once, when the page is gone (Electron's {@code 'destroyed'}). */
    void onDestroyed(Runnable listener);

    /**
     * Opens Chromium's DevTools for this page, in a window of their own (Electron's {@code openDevTools}); nothing
     * if they are open. A page still loading gets them once it has loaded.
     */
    void openDevTools();

    /** Closes this page's DevTools window, if open. */
    void closeDevTools();

    /**
     * True from {@link #openDevTools()} until {@link #closeDevTools()} or the user closing the DevTools window; it
     * follows the calls at once, before the window has appeared or gone.
     */
    boolean isDevToolsOpened();

    /** Opens the DevTools if they are closed, closes them if open. */
    void toggleDevTools();

    // ---- editing, zoom and the context menu (Electron's; the Menu roles use them) ----

    /** Runs the editing command in the page's focused frame (its main frame when none has the focus). */
    void undo();

    void redo();

    void cut();

    void copy();

    void paste();

    void selectAll();

    /** Reloads the page, bypassing the cache (Electron's {@code reloadIgnoringCache}). */
    void reloadIgnoringCache();

    /** The zoom level: 0 is 100 %, each step of 1 is 20 % larger or smaller (Chromium's scale). */
    double getZoomLevel();

    void setZoomLevel(double level);

    /**
     * Electron's {@code 'context-menu'}: the user asked for a context menu in the page (right click, menu key). Once
     * a listener is registered, Chromium's own context menu is no longer shown: show yours, e.g. with
     * {@code menu.popup(PopupOptions.builder().window(win).at(params.x(), params.y()).build())}.
     */
    void onContextMenu(Consumer<ContextMenuParams> listener);
}
