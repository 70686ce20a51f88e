package cefshell.internal.guest;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefSchemeHandlerFactory;
import org.cef.handler.CefRequestContextHandler;
import org.cef.handler.CefResourceHandler;
import org.cef.handler.CefResourceRequestHandler;
import org.cef.handler.CefResourceRequestHandlerAdapter;
import org.cef.misc.BoolRef;
import org.cef.network.CefRequest;

/**
 * A guest page's requests, seen before CEF's defaults (on CEF's IO thread): the app scheme served to a guest in a
 * partition of its own (the shell's scheme handler factory is registered with the global request context only, and
 * CEF does not consult it for pages of another one), and the {@code httpreferrer} of a load.
 */
final class GuestRequests implements CefRequestContextHandler {
    private final CefSchemeHandlerFactory appScheme; // null: the guest shares the global context, which serves it
    private volatile String referrer; // for the next main-frame navigation, once

    GuestRequests(CefSchemeHandlerFactory appScheme) {
        this.appScheme = appScheme;
    }

    /**
     * The guest's next main-frame navigation (not to about:blank, which a page may start on) is sent with
     * {@code referrer} (Electron's {@code httpreferrer}, loadURL's {@code httpReferrer}).
     */
    void referrerOnce(String referrer) {
        this.referrer = referrer == null || referrer.isEmpty() ? null : referrer;
    }

    @Override
    public CefResourceRequestHandler getResourceRequestHandler(CefBrowser browser, CefFrame frame, CefRequest request,
            boolean isNavigation, boolean isDownload, String requestInitiator, BoolRef disableDefaultHandling) {
        boolean mainNavigation = isNavigation && frame != null && frame.isMain();
        boolean app = appScheme != null && request.getURL() != null && request.getURL().startsWith("app:");
        if (!mainNavigation && !app) {
            return null;
        }
        return new CefResourceRequestHandlerAdapter() {
            @Override
            public boolean onBeforeResourceLoad(CefBrowser b, CefFrame f, CefRequest r) {
                String ref = referrer;
                if (mainNavigation && ref != null && !r.getURL().startsWith("about:")) {
                    referrer = null;
                    r.setReferrer(ref, CefRequest.ReferrerPolicy.REFERRER_POLICY_DEFAULT);
                }
                return false;
            }

            @Override
            public CefResourceHandler getResourceHandler(CefBrowser b, CefFrame f, CefRequest r) {
                return app ? appScheme.create(b, f, "app", r) : null;
            }
        };
    }
}
