package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** ipcRenderer as an EventEmitter, reached both ways the docs use. */
@ExtendWith(ShellExtension.class)
class IpcRendererApiTest {
    private static final String PAGE = "<!doctype html><html><head></head><body></body></html>";

    @Test
    void requireElectronAndWindowIpcRendererAreTheSameObject(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        assertEquals(true, eval(w, "require('electron').ipcRenderer === window.ipcRenderer"));
        assertEquals("Cannot find module 'fs'", eval(w, "(() => { try { require('fs') } catch (e) { return e.message } })()"));
    }

    @Test
    void listenersGetTheEventAndArguments(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        eval(w, "window.seen = []; ipcRenderer.on('m', (event, a, b) => seen.push([event.sender === ipcRenderer,"
                + " Array.isArray(event.ports), a, b])), 1");
        w.webContents().send("m", "x", 2);
        Awaits.until("delivered", 10, TimeUnit.SECONDS, () -> eval(w, "seen.length").equals(1.0));
        assertEquals("[[true,true,\"x\",2]]", eval(w, "JSON.stringify(seen)"));
    }

    /**
     * A burst from Java, with one message larger than a deliver script among them (DeliverScripts): every message
     * arrives whole and in order. How a batch is cut into scripts is DeliverScriptsTest's.
     */
    @Test
    void aBurstOfPushesLongerThanOneScriptArrivesWholeAndInOrder(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        eval(w, "window.got = []; ipcRenderer.on('burst', (e, i, text) => got.push(i + ':' + text.length + ':'"
                + " + text.slice(-2))), 1");
        int count = 4000;
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String text = i == 1234 ? "x".repeat(200_000) + "é" : i % 7 == 0 ? "ünï " + i : "message-" + i;
            w.webContents().send("burst", i, text);
            expected.append(expected.length() == 0 ? "" : ",").append(i).append(':').append(text.length()).append(':')
                    .append(text.substring(text.length() - 2));
        }
        Awaits.until("delivered", 20, TimeUnit.SECONDS, () -> eval(w, "got.length").equals((double) count));
        assertEquals(expected.toString(), eval(w, "got.join()"));
    }

    @Test
    void onceOffRemoveAllListenersListenerCountAndEventNames(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        eval(w, """
                window.log = [];
                window.f = (e, v) => log.push('f' + v);
                window.g = (e, v) => log.push('g' + v);
                ipcRenderer.on('a', f); ipcRenderer.addListener('a', g); ipcRenderer.once('b', f);
                ipcRenderer.on('c', g);
                1""");
        assertEquals("[\"a\",\"b\",\"c\"]", eval(w, "JSON.stringify(ipcRenderer.eventNames())"));
        assertEquals(2.0, eval(w, "ipcRenderer.listenerCount('a')"));
        w.webContents().send("a", 1);
        w.webContents().send("b", 2);
        w.webContents().send("b", 3);
        Awaits.until("delivered", 10, TimeUnit.SECONDS, () -> eval(w, "log.length").equals(3.0));
        assertEquals("f1,g1,f2", eval(w, "log.join()"));
        assertEquals("[\"a\",\"c\"]", eval(w, "JSON.stringify(ipcRenderer.eventNames())"));
        eval(w, "ipcRenderer.off('a', f); ipcRenderer.removeListener('a', g), 1");
        assertEquals("[\"c\"]", eval(w, "JSON.stringify(ipcRenderer.eventNames())"));
        eval(w, "ipcRenderer.on('d', f); ipcRenderer.removeAllListeners('c'), 1");
        assertEquals("[\"d\"]", eval(w, "JSON.stringify(ipcRenderer.eventNames())"));
        eval(w, "ipcRenderer.removeAllListeners(), 1");
        assertEquals("[]", eval(w, "JSON.stringify(ipcRenderer.eventNames())"));
    }

    @Test
    void ipcMainStartsWithTheErrorGuardAndTracksListeners(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        IpcMain ipc = w.webContents().ipc();
        assertEquals(java.util.List.of("error"), ipc.eventNames());
        IpcListener l = (e, a) -> { };
        ipc.on("x", l).once("x", l);
        assertEquals(2, ipc.listenerCount("x"));
        ipc.off("x", l);
        assertEquals(1, ipc.listenerCount("x"));
        ipc.removeAllListeners("x");
        assertEquals(0, ipc.listenerCount("x"));
        ipc.on("y", l).removeAllListeners();
        assertEquals(java.util.List.of(), ipc.eventNames());
    }

    @Test
    void aBadChannelIsATypeError(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        assertEquals("TypeError", eval(w, "(() => { try { ipcRenderer.send(123) } catch (e) { return e.name } })()"));
        assertEquals("TypeError", eval(w, "ipcRenderer.invoke(null).catch(e => e.name)"));
    }
}
