package cefshell.internal.browser;

import org.cef.CefClient;
import org.cef.browser.CefBrowser;
import org.cef.handler.CefKeyboardHandler.CefKeyEvent;
import org.cef.handler.CefKeyboardHandlerAdapter;

import cefshell.internal.ui.Accelerator;

/**
 * The keys a windowed page did not handle, for the menu accelerators of its window. While a windowed page has the
 * keyboard, its keys go to Chromium's native window and Swing never sees them; CEF reports each key event the page
 * did not handle (no {@code keydown} listener called {@code preventDefault}, no editing command took it) in
 * {@code onKeyEvent}, where the window's menu gets a look at it, as Electron's does on Linux and Windows.
 *
 * <p>A key no listener took is replayed into the key bindings of the page's Swing window (on the EDT), so that the
 * accelerators of a Swing application's own {@code JMenuBar} around a page work too; only chords with Ctrl, Alt or
 * Meta and the function keys, so that keys such as the arrows or Space, which a page may leave unhandled, do not
 * act on the page's Swing ancestors (a scroll pane, say).
 *
 * <p>{@code onKeyEvent} runs on CEF's UI thread: the listener must only decide and hand work to another thread.
 * Off-screen pages are skipped: their keys reach Swing (the page's component is a Swing one), whose menu bar fires
 * its accelerators itself.
 */
public final class PageKeys {
    /** CEF's {@code cef_event_flags_t} bits. */
    private static final int EVENTFLAG_SHIFT_DOWN = 1 << 1;
    private static final int EVENTFLAG_CONTROL_DOWN = 1 << 2;
    private static final int EVENTFLAG_ALT_DOWN = 1 << 3;
    private static final int EVENTFLAG_COMMAND_DOWN = 1 << 7;
    private static final int EVENTFLAG_ALTGR_DOWN = 1 << 12;

    /** Decides on CEF's UI thread whether a key press is taken; must not block. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param keyCode   Chromium's (Windows virtual-key) code of the key
         * @param modifiers {@link Accelerator} modifier bits held
         * @return true when taken (CEF then does nothing more with it)
         */
        boolean keyPressed(int keyCode, int modifiers);
    }

    private volatile Listener listener;

    PageKeys(BrowserHost host, CefClient client) {
        client.addKeyboardHandler(new CefKeyboardHandlerAdapter() {
            @Override
            public boolean onKeyEvent(CefBrowser b, CefKeyEvent e) {
                Listener l = listener;
                if (e.type != CefKeyEvent.EventType.KEYEVENT_RAWKEYDOWN || !host.isOurs(b) || host.isOffscreen()) {
                    return false;
                }
                int modifiers = modifiersOf(e.modifiers);
                if (l != null && l.keyPressed(e.windows_key_code, modifiers)) {
                    return true;
                }
                if (isShortcut(e.windows_key_code, modifiers)) {
                    SwingKeyBindings.replay(host.uiComponent(), e.windows_key_code, modifiers);
                }
                return false;
            }
        });
    }

    private static boolean isShortcut(int keyCode, int modifiers) {
        if (keyCode == 0x10 || keyCode == 0x11 || keyCode == 0x12 || keyCode == 0x5B || keyCode == 0x5C) {
            return false; // Shift, Ctrl, Alt, the Windows keys on their own
        }
        boolean functionKey = keyCode >= 0x70 && keyCode <= 0x87;
        return functionKey || (modifiers & (Accelerator.CTRL | Accelerator.ALT | Accelerator.META)) != 0;
    }

    /** The one listener (the window's menu), asked first; null for none. */
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    static int modifiersOf(int cefFlags) {
        int m = 0;
        if ((cefFlags & EVENTFLAG_CONTROL_DOWN) != 0) {
            m |= Accelerator.CTRL;
        }
        if ((cefFlags & EVENTFLAG_SHIFT_DOWN) != 0) {
            m |= Accelerator.SHIFT;
        }
        if ((cefFlags & EVENTFLAG_ALT_DOWN) != 0) {
            m |= Accelerator.ALT;
        }
        if ((cefFlags & EVENTFLAG_COMMAND_DOWN) != 0) {
            m |= Accelerator.META;
        }
        if ((cefFlags & EVENTFLAG_ALTGR_DOWN) != 0) {
            m |= Accelerator.ALT_GR;
        }
        return m;
    }
}
