package cefshell.internal.scheme;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.handler.CefResourceHandler;
import org.cef.network.CefRequest;

/** A handler for requests under a reserved path of every app host (e.g. the IPC endpoints). */
@FunctionalInterface
public interface RequestRoute {
    /** Handles the request, on CEF's IO thread; must not block for long. */
    CefResourceHandler handle(CefBrowser browser, CefFrame frame, CefRequest request);
}
