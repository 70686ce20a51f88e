package cefshell;

import java.util.Map;

/**
 * Electron's {@code 'will-attach-webview'} on a host page's {@link WebContents}: a {@code <webview>} element of the
 * page is about to get its guest page. The listener may change the guest's web preferences and the element's
 * parameters, or refuse the guest (the element then fires {@code destroyed}). Listeners run one after another on the
 * host page's IPC thread, before the guest exists.
 *
 * <pre>{@code
 * host.webContents().onWillAttachWebview(e -> {
 *     e.webPreferences().preload(null);                    // no preload from the page's attribute
 *     if (!e.params().get("src").startsWith("https://")) {
 *         e.preventDefault();
 *     }
 * });
 * }</pre>
 */
public interface WillAttachWebviewEvent {
    /**
     * The guest's web preferences, as the element's {@code preload} and {@code webpreferences} attributes made them;
     * what the listener sets is what the guest gets.
     */
    WebPreferences.Builder webPreferences();

    /**
     * The element's parameters, by Electron's names, changeable: {@code src}, {@code partition},
     * {@code httpreferrer}, {@code useragent} (empty when the attribute is absent) and {@code allowpopups}
     * ({@code "true"} or {@code "false"}).
     */
    Map<String, String> params();

    /** No guest for this element. */
    void preventDefault();

    boolean isDefaultPrevented();
}
