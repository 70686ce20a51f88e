package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Component;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestFrames;
import cefshell.testing.TestWindows;

/**
 * {@code <webview>} in an off-screen shell: host and guest are lightweight components, and the guest, in the host
 * window's layered pane, is painted over the host page at the element's rectangle.
 */
@Tag("offscreen")
@ExtendWith(ShellExtension.class)
class WebviewOffscreenTest {
    private static final Color RED = new Color(255, 0, 0);
    private static final Color GREEN = new Color(0, 200, 0);

    @Test
    void theGuestIsPaintedOverTheElementAndFollowsIt(TestWindows t, TestFrames frames) {
        String origin = t.serve(Map.of("index.html", """
                <!doctype html><html><body style="margin:0;background:rgb(255,0,0)">
                <webview id="wv" src="guest.html" style="position:absolute;left:50px;top:40px;width:300px;height:200px">
                </webview><script>window.loads = 0; wv.addEventListener('did-finish-load', () => loads++);</script>
                </body></html>""",
                "guest.html", "<!doctype html><body style='background:rgb(0,200,0)'>guest</body>"));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480)
                .webPreferences(WebPreferences.builder().webviewTag(true).build()).build());
        Awaits.until("guest loaded", 20, TimeUnit.SECONDS, () -> Double.valueOf(1).equals(eval(w, "loads")));
        Component hostView = TestFrames.onEdtGet(() -> w.frame().getContentPane().getComponent(0));
        frames.awaitScreenColor(hostView, 200, 140, GREEN);
        frames.awaitScreenColor(hostView, 20, 20, RED);
        eval(w, "wv.style.display = 'none', 1");
        frames.awaitScreenColor(hostView, 200, 140, RED);
        eval(w, "wv.style.display = ''; wv.style.top = '200px', 1");
        frames.awaitScreenColor(hostView, 200, 300, GREEN);
        frames.awaitScreenColor(hostView, 200, 100, RED);
        Awaits.until("no reload", 1, TimeUnit.SECONDS, () -> Double.valueOf(1).equals(eval(w, "loads")));
    }

    /** Off-screen guests get their partition too: a named one is not the host's storage, and is shared by name. */
    @Test
    void offscreenGuestsKeepTheirPartitions(TestWindows t) {
        String origin = t.serve(Map.of("index.html", """
                <!doctype html><body><script>
                localStorage.setItem('who', 'host');
                window.add = (id, partition) => new Promise((resolve) => {
                  const wv = document.createElement('webview');
                  wv.id = id;
                  wv.setAttribute('partition', partition);
                  wv.setAttribute('src', 'guest.html');
                  wv.addEventListener('dom-ready', () => resolve('ready'), { once: true });
                  document.body.appendChild(wv);
                });
                window.read = (id) => document.getElementById(id).executeJavaScript("localStorage.getItem('who')");
                </script></body>""", "guest.html", "<!doctype html><title>guest</title>"));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder().size(640, 480)
                .webPreferences(WebPreferences.builder().webviewTag(true).build()).build());
        assertEquals("ready", eval(w, "add('d', '')"));
        assertEquals("ready", eval(w, "add('a1', 'a')"));
        assertEquals("host", eval(w, "read('d')"));
        assertEquals(null, eval(w, "read('a1')"));
        eval(w, "a1.executeJavaScript(\"localStorage.setItem('who', 'a'), 1\")");
        assertEquals("ready", eval(w, "add('a2', 'a')"));
        assertEquals("a", eval(w, "read('a2')"));
        assertEquals("host", eval(w, "localStorage.getItem('who')"));
    }
}
