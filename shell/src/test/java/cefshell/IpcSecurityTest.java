package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

@ExtendWith(ShellExtension.class)
class IpcSecurityTest {
    @Test
    void untrustedIframeInvokeRejectsAndSendIsDropped(TestWindows t) {
        AtomicInteger calls = new AtomicInteger();
        String other = t.serve(Map.of("evil.html", """
                <html><head><script>
                ipcRenderer.invoke('secret').then(v => console.log('EVIL got ' + v), e => console.log('EVIL refused: ' + e.message));
                ipcRenderer.send('secret-send');
                try { ipcRenderer.sendSync('secret-sync'); console.log('EVIL sync returned'); }
                catch (e) { console.log('EVIL sync refused: ' + e.message); }
                </script></head></html>"""));
        IpcMain ipcMain = t.shell().ipcMain(); // registered before the iframe loads, so a leak would be counted
        ipcMain.handle("secret", (e, a) -> calls.incrementAndGet());
        IpcListener count = (e, a) -> calls.incrementAndGet();
        ipcMain.on("secret-send", count).on("secret-sync", count);
        BrowserWindow w;
        try {
            w = t.page("<html><head></head><body><iframe src='" + other + "/evil.html'></iframe></body></html>");
            String refused = t.console(w).awaitPrefix("EVIL refused: ").message();
            assertTrue(refused.contains("IPC refused: origin '" + other + "' is not trusted"), refused);
            String syncRefused = t.console(w).awaitPrefix("EVIL sync refused: ").message();
            assertTrue(syncRefused.contains("is not trusted"), syncRefused);
            assertEquals(0, calls.get());
        } finally {
            ipcMain.removeHandler("secret");
            ipcMain.off("secret-send", count).off("secret-sync", count);
        }
    }

    @Test
    void trustedOriginsOptionLetsAnotherOriginIn(TestWindows t) {
        String other = t.serve(Map.of("friend.html", """
                <html><head><script>
                ipcRenderer.invoke('hello').then(v => console.log('FRIEND got ' + v), e => console.log('FRIEND refused ' + e.message));
                </script></head></html>"""));
        String main = t.serve(Map.of("index.html", "<html><body><iframe src='" + other + "/friend.html'></iframe></body></html>"));
        BrowserWindowOptions options = BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().trustedOrigin(other).build()).build();
        t.shell().ipcMain().handle("hello", (e, a) -> "hi " + e.senderFrame().origin()); // before the iframe loads
        try {
            BrowserWindow w = t.openAndWait(main + "/index.html", options);
            assertEquals("FRIEND got hi " + other, t.console(w).awaitPrefix("FRIEND ").message());
        } finally {
            t.shell().ipcMain().removeHandler("hello");
        }
    }

    @Test
    void garbageThroughCefQueryGetsAnErrorAndNeverReachesAHandler(TestWindows t) {
        AtomicInteger calls = new AtomicInteger();
        BrowserWindow w = t.page("<html><head></head></html>");
        w.webContents().ipc().on("x", (e, a) -> calls.incrementAndGet());
        w.webContents().ipc().handle("x", (e, a) -> calls.incrementAndGet());
        String probe = """
                new Promise(resolve => cefQuery({request: %s, persistent: false,
                  onSuccess: r => resolve('success:' + r), onFailure: (c, m) => resolve('failure:' + c + ':' + m)}))""";
        String[] garbage = {"'hello'", "''", "'{}'", "'{\"d\":\"abc\"}'", "'{\"d\":\"abc\",\"s\":1,\"m\":[[9,\"x\",[]]]}'",
                "'{\"d\":\"abc\",\"s\":1,\"m\":[[0,\"x\",{\"$\":\"ref\",\"v\":99}]]}'", "'{\"i\":1,\"d\":\"abc\",\"s\":1,\"m\":[[1,\"x\",5]]}'",
                "'{\"d\":\"a b\",\"s\":1,\"m\":[[0,\"x\",[]]]}'", "'[' .repeat(100000)", "'{\"d\":\"abc\",\"s\":-4,\"m\":[[0,\"x\",[]]]}'"};
        for (String g : garbage) {
            Object r = eval(w, String.format(probe, g));
            assertTrue(String.valueOf(r).startsWith("failure:"), g + " -> " + r);
        }
        assertEquals(0, calls.get());
        assertEquals(1.0, eval(w, "ipcRenderer.invoke('x')"), "the page's real IPC still works");
    }
}
