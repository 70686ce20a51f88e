package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** window.open and target=_blank through setWindowOpenHandler: shell windows that talk to Java, or none. */
@ExtendWith(ShellExtension.class)
class WindowOpenHandlerTest {
    private static final String OPENER = "<!doctype html><body><a id=link href='child.html?via=link' target=_blank>"
            + "new</a></body>";
    private static final String CHILD = "<!doctype html><title>child</title><script>"
            + "require('electron').ipcRenderer.send('child-hello', location.href)</script>";

    @Test
    void anAllowedWindowOpensAsAShellWindowWhosePageTalksToIpcMain(TestWindows t) throws Exception {
        BrowserWindow opener = t.page(OPENER, Map.of("child.html", CHILD));
        LinkedBlockingQueue<WindowOpenHandler.Details> asked = new LinkedBlockingQueue<>();
        opener.webContents().setWindowOpenHandler(details -> {
            asked.add(details);
            return WindowOpenHandler.Action.allow(BrowserWindowOptions.builder().title("popup").size(300, 200).build());
        });
        CompletableFuture<BrowserWindow> created = new CompletableFuture<>();
        opener.webContents().onDidCreateWindow((w, d) -> created.complete(w));
        LinkedBlockingQueue<String> hello = new LinkedBlockingQueue<>();
        // the child is another page: its message reaches the shell-wide ipcMain
        t.shell().ipcMain().on("child-hello", (e, a) -> hello.add(a.get(0, String.class) + " from #" + e.sender().id()));
        try {
            eval(opener, "setTimeout(() => window.open('child.html?via=open', 'kid'), 0), 1");
            WindowOpenHandler.Details d = asked.poll(10, TimeUnit.SECONDS);
            assertTrue(d.url().endsWith("/child.html?via=open"), d.toString());
            assertEquals("kid", d.frameName());
            assertTrue(d.referrer().url().endsWith("/index.html"), d.toString());
            BrowserWindow child = created.get(10, TimeUnit.SECONDS);
            String message = hello.poll(15, TimeUnit.SECONDS);
            assertEquals(d.url() + " from #" + child.webContents().id(), message);
            assertEquals("popup", child.getTitle());
            assertTrue(BrowserWindow.getAllWindows().contains(child));
        } finally {
            t.shell().ipcMain().removeAllListeners("child-hello");
        }
    }

    @Test
    void aLinkWithTargetBlankGoesThroughTheHandlerToo(TestWindows t) throws Exception {
        BrowserWindow opener = t.page(OPENER, Map.of("child.html", CHILD));
        LinkedBlockingQueue<WindowOpenHandler.Details> asked = new LinkedBlockingQueue<>();
        opener.webContents().setWindowOpenHandler(details -> {
            asked.add(details);
            return WindowOpenHandler.Action.deny();
        });
        eval(opener, "document.getElementById('link').click(), 1");
        WindowOpenHandler.Details d = asked.poll(10, TimeUnit.SECONDS);
        assertTrue(d != null && d.url().endsWith("/child.html?via=link"), String.valueOf(d));
        assertEquals("", d.frameName());
    }

    @Test
    void aDeniedWindowNeverOpensAndTheDefaultOpensOne(TestWindows t) throws Exception {
        BrowserWindow opener = t.page(OPENER, Map.of("child.html", CHILD));
        LinkedBlockingQueue<String> asked = new LinkedBlockingQueue<>();
        opener.webContents().setWindowOpenHandler(details -> {
            asked.add(details.url());
            return WindowOpenHandler.Action.deny();
        });
        LinkedBlockingQueue<BrowserWindow> created = new LinkedBlockingQueue<>();
        opener.webContents().onDidCreateWindow((w, d) -> created.add(w));
        int before = BrowserWindow.getAllWindows().size();
        assertNull(eval(opener, "window.open('child.html?denied')"), "the page gets no window handle");
        assertTrue(asked.poll(10, TimeUnit.SECONDS).endsWith("?denied"));
        eval(opener, "1"); // a round trip after the handler: a window would have been made by now
        Thread.sleep(200);
        assertNull(created.poll());
        assertEquals(before, BrowserWindow.getAllWindows().size());

        opener.webContents().setWindowOpenHandler(null); // Electron's default: allow
        eval(opener, "window.open('child.html?default'), 1");
        BrowserWindow child = created.poll(10, TimeUnit.SECONDS);
        Awaits.until("child loaded", 10, TimeUnit.SECONDS, () -> child.webContents().getURL().endsWith("?default"));
        opener.close();
        Awaits.until("the child closes with its opener", 10, TimeUnit.SECONDS, child::isDestroyed);
    }
}
