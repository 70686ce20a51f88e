package cefshell.internal.browser;

import java.util.Locale;
import java.util.function.Consumer;

import org.cef.CefClient;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefContextMenuParams;
import org.cef.callback.CefContextMenuParams.EditStateFlags;
import org.cef.callback.CefMenuModel;
import org.cef.handler.CefContextMenuHandlerAdapter;

import cefshell.ContextMenuParams;

/**
 * The page's {@code contextmenu} reaching Java: Electron's {@code context-menu} event of {@code webContents}. As
 * Electron shows no context menu of its own, Chromium's is suppressed once a listener is registered (an app that
 * listens shows its own, e.g. with {@code Menu.popup}); without a listener Chromium's stays. CEF asks on its UI
 * thread; the parameters are copied there (CEF's object is valid only during the call) and the listeners run on the
 * event thread.
 */
public final class PageContextMenu {
    private final Listeners<ContextMenuParams> listeners = new Listeners<>();
    private volatile boolean listened;

    PageContextMenu(BrowserHost host, CefClient client) {
        client.addContextMenuHandler(new CefContextMenuHandlerAdapter() {
            @Override
            public void onBeforeContextMenu(CefBrowser b, CefFrame frame, CefContextMenuParams p, CefMenuModel model) {
                if (!listened || !host.isOurs(b)) {
                    return;
                }
                ContextMenuParams params = copy(p);
                model.clear(); // an empty model: CEF shows no menu
                listeners.fire(params);
            }
        });
    }

    public void add(Consumer<ContextMenuParams> listener) {
        listeners.add(listener);
        listened = true;
    }

    private static ContextMenuParams copy(CefContextMenuParams p) {
        int edit = p.getEditStateFlags();
        ContextMenuParams.EditFlags flags = new ContextMenuParams.EditFlags(
                (edit & EditStateFlags.CM_EDITFLAG_CAN_UNDO) != 0, (edit & EditStateFlags.CM_EDITFLAG_CAN_REDO) != 0,
                (edit & EditStateFlags.CM_EDITFLAG_CAN_CUT) != 0, (edit & EditStateFlags.CM_EDITFLAG_CAN_COPY) != 0,
                (edit & EditStateFlags.CM_EDITFLAG_CAN_PASTE) != 0, (edit & EditStateFlags.CM_EDITFLAG_CAN_DELETE) != 0,
                (edit & EditStateFlags.CM_EDITFLAG_CAN_SELECT_ALL) != 0);
        String media = p.getMediaType() == null ? "none"
                : p.getMediaType().name().replace("CM_MEDIATYPE_", "").toLowerCase(Locale.ROOT);
        return new ContextMenuParams(p.getXCoord(), p.getYCoord(), orEmpty(p.getLinkUrl()), orEmpty(p.getPageUrl()),
                orEmpty(p.getFrameUrl()), orEmpty(p.getSourceUrl()), media, p.hasImageContents(), p.isEditable(),
                orEmpty(p.getSelectionText()), orEmpty(p.getMisspelledWord()), flags);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
