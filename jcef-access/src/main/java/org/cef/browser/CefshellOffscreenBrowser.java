package org.cef.browser;

import java.awt.Component;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;

import org.cef.CefClient;
import org.cef.handler.CefRenderHandler;

/**
 * cefshell's off-screen browser: rendering and the Swing component come from outside (cefshell's
 * {@code OffscreenView}), where JCEF's own off-screen browser draws with JOGL into a heavyweight GLCanvas, which cannot
 * be transparent over Swing components or overlap them. It lives in JCEF's package only because the base class,
 * {@code CefBrowser_N}, is package-private; it adds nothing but access to the protected input and resize calls.
 * JCEF's native code calls some render callbacks ({@code getScreenInfo}) on the browser object itself, so it is also
 * the render handler, delegating to the given one. Not API. With {@link CefshellWindowedCreation} and
 * {@link CefshellDevToolsChannel} it is the whole of the {@code jcef-access} module, so that {@code cefshell.jar}
 * holds no class in JCEF's packages.
 */
public final class CefshellOffscreenBrowser extends CefBrowser_N implements CefRenderHandler {
    private final boolean transparent;
    private final CefRenderHandler renderer;
    private final Component component;
    /**
     * Whether this thread is inside {@link #setFocus}. JCEF's {@code CefClient.onGotFocus} answers every "got focus"
     * with {@code setFocus(true)}; for an off-screen browser CEF can report the focus again from inside that very call,
     * on the same thread, and the two recurse until the UI thread's stack overflows (seen on CI, after which the
     * runtime hung). A nested call has nothing to add: the outer one is already giving the focus.
     */
    private final ThreadLocal<Boolean> inSetFocus = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public CefshellOffscreenBrowser(CefClient client, String url, boolean transparent, CefRenderHandler renderer,
                                    Component component) {
        this(client, url, transparent, renderer, component, null);
    }

    /** @param context the request context (storage partition) of the browser; null for CEF's global one */
    public CefshellOffscreenBrowser(CefClient client, String url, boolean transparent, CefRenderHandler renderer,
                                    Component component, CefRequestContext context) {
        super(client, url, context, null, null, null);
        this.transparent = transparent;
        this.renderer = renderer;
        this.component = component;
    }

    /** Creates the native browser now; it renders through {@link #getRenderHandler()} whether shown or not. */
    @Override
    public void createImmediately() {
        createBrowser(getClient(), 0, getUrl(), true, transparent, null, getRequestContext());
    }

    @Override
    public Component getUIComponent() {
        return component;
    }

    @Override
    public CefRenderHandler getRenderHandler() {
        return this;
    }

    @Override
    protected CefBrowser_N createDevToolsBrowser(CefClient client, String url, CefRequestContext context,
                                                 CefBrowser_N parent, Point inspectAt) {
        throw new UnsupportedOperationException("DevTools windows are not available for off-screen pages; "
                + "use ShellOptions.remoteDebuggingPort instead");
    }

    @Override
    public CompletableFuture<BufferedImage> createScreenshot(boolean nativeResolution) {
        throw new UnsupportedOperationException("use WebContents.capturePage()");
    }

    // ---- CefRenderHandler, delegated

    @Override
    public java.awt.Rectangle getViewRect(CefBrowser browser) {
        return renderer.getViewRect(browser);
    }

    @Override
    public boolean getScreenInfo(CefBrowser browser, org.cef.handler.CefScreenInfo screenInfo) {
        return renderer.getScreenInfo(browser, screenInfo);
    }

    @Override
    public Point getScreenPoint(CefBrowser browser, Point viewPoint) {
        return renderer.getScreenPoint(browser, viewPoint);
    }

    @Override
    public void onPopupShow(CefBrowser browser, boolean show) {
        renderer.onPopupShow(browser, show);
    }

    @Override
    public void onPopupSize(CefBrowser browser, java.awt.Rectangle size) {
        renderer.onPopupSize(browser, size);
    }

    @Override
    public void onPaint(CefBrowser browser, boolean popup, java.awt.Rectangle[] dirtyRects, java.nio.ByteBuffer buffer,
                        int width, int height) {
        renderer.onPaint(browser, popup, dirtyRects, buffer, width, height);
    }

    @Override
    public void addOnPaintListener(java.util.function.Consumer<CefPaintEvent> listener) {
        renderer.addOnPaintListener(listener);
    }

    @Override
    public void setOnPaintListener(java.util.function.Consumer<CefPaintEvent> listener) {
        renderer.setOnPaintListener(listener);
    }

    @Override
    public void removeOnPaintListener(java.util.function.Consumer<CefPaintEvent> listener) {
        renderer.removeOnPaintListener(listener);
    }

    @Override
    public boolean onCursorChange(CefBrowser browser, int cursorType) {
        return renderer.onCursorChange(browser, cursorType);
    }

    @Override
    public boolean startDragging(CefBrowser browser, org.cef.callback.CefDragData dragData, int mask, int x, int y) {
        return renderer.startDragging(browser, dragData, mask, x, y);
    }

    @Override
    public void updateDragCursor(CefBrowser browser, int operation) {
        renderer.updateDragCursor(browser, operation);
    }

    @Override
    public void setFocus(boolean enable) {
        if (inSetFocus.get()) {
            return;
        }
        inSetFocus.set(Boolean.TRUE);
        try {
            super.setFocus(enable);
        } finally {
            inSetFocus.set(Boolean.FALSE);
        }
    }

    /** The view's size changed; CEF asks {@link CefRenderHandler#getViewRect} again and repaints. */
    public void resized(int width, int height) {
        wasResized(width, height);
    }

    /** Asks CEF to paint the whole view again. */
    public void repaintAll() {
        invalidate();
    }

    public void key(KeyEvent e) {
        sendKeyEvent(e);
    }

    public void mouse(MouseEvent e) {
        sendMouseEvent(e);
    }

    public void wheel(MouseWheelEvent e) {
        sendMouseWheelEvent(e);
    }
}
