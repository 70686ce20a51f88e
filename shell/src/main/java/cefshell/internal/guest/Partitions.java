package cefshell.internal.guest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cef.browser.CefRequestContext;

import cefshell.internal.browser.Swing;

/**
 * The storage sessions of {@code <webview>} guests, by their {@code partition} attribute, as Electron's: {@code ''}
 * shares the host's (CEF's global request context), a name gives an in-memory session shared by every guest of that
 * name, kept for the life of the shell. {@code persist:name} should be kept on disk; JCEF 146 creates request
 * contexts without settings (no cache path), so it is in memory too, with a warning printed once.
 */
final class Partitions {
    private static final String PERSIST = "persist:";
    static final long CONTEXT_SETTLE_MILLIS = 300;
    private final Map<String, CefRequestContext> contexts = new ConcurrentHashMap<>();
    private final AtomicBoolean persistWarned = new AtomicBoolean();

    /** Electron refuses {@code persist:} without a name: the element then has no guest. */
    static boolean isValid(String partition) {
        return !PERSIST.equals(partition);
    }

    /** The request context of {@code partition}; null for the host's (the global one). */
    CefRequestContext contextFor(String partition) {
        if (partition == null || partition.isEmpty()) {
            return null;
        }
        if (!isValid(partition)) {
            throw new IllegalArgumentException("Invalid partition attribute.");
        }
        if (partition.startsWith(PERSIST) && persistWarned.compareAndSet(false, true)) {
            System.err.println("cefshell: <webview partition=\"" + partition + "\">: JCEF 146 cannot give a request "
                    + "context a cache path, so persist: partitions are kept in memory and lost when the app ends "
                    + "(warned once)");
        }
        return contexts.computeIfAbsent(partition, p -> {
            // Made on the EDT: in an off-screen shell that is CEF's UI thread, where CEF initialises a new context at
            // once; made elsewhere, its initialisation is posted to that thread, and an off-screen guest created
            // there first (at once, on the EDT) was seen to crash CEF in create_browser with the uninitialised
            // context. (A windowed guest is created later, when first painted.)
            CefRequestContext[] made = new CefRequestContext[1];
            Swing.onEdt(() -> made[0] = CefRequestContext.createContext(null));
            // In a windowed shell the EDT is not CEF's UI thread, so the context's initialisation is still posted
            // there; JCEF 146 gives no "initialised" callback. A guest browser created with it too soon is suspected
            // (not proven) of the crashes and hangs below: give the posted initialisation time to run first. Once per
            // partition name; never on a CEF thread (guests are made from IPC threads).
            // Measured with eight guests in eight new partitions added at once (WebviewGuestTest): without the pause,
            // guests that never finished closing and a 30 s hang at shutdown in 2 runs of 4; with it, 11 of 11 passed
            // (5 with two busy loops). Again once ReparentGuard (since replaced by NativeWindowMoves) was in place: without the pause, a
            // 30 s hang at shutdown and a JVM crash (SIGSEGV in code gdb could not name) in 4 runs; with it, 23 of 23
            // passed. Waiting instead for CEF's UI thread to run a task posted after the context's (JCEF's
            // getZoomLevel, which posts one and waits) left guests unclosed or hung at shutdown in 5 runs of 11.
            pause(CONTEXT_SETTLE_MILLIS);
            return made[0];
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
