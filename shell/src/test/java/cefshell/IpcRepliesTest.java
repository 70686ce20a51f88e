package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * What a listener sends back while it handles a page's message (event.reply, webContents.send, a port's answer) may
 * travel in the answer to the request that carried the message. Whichever way each message goes, the page gets them
 * all, in the order Java sent them, and a listener that keeps working after sending does not hold them back.
 */
@ExtendWith(ShellExtension.class)
class IpcRepliesTest {
    private static final String PAGE = """
            <!doctype html><html><head><script>
            window.got = [];
            ipcRenderer.on('m', (e, v) => window.got.push(v));
            </script></head><body></body></html>""";

    @Test
    void aListenerThatKeepsWorkingDoesNotHoldBackWhatItSent(TestWindows t) {
        BrowserWindow w = t.page(PAGE);
        w.webContents().ipc().on("job", (e, a) -> {
            e.reply("m", "started");
            sleep(1500); // a long job, after its first progress report
            e.reply("m", "done");
        });
        Object gap = eval(w, """
                new Promise((resolve) => {
                  const at = {};
                  ipcRenderer.on('m', (e, v) => { at[v] = performance.now(); if (v === 'done') resolve(at.done - at.started); });
                  ipcRenderer.send('job');
                })""");
        assertTrue(((Number) gap).doubleValue() > 1000, "'started' reached the page only " + gap
                + " ms before 'done': it waited for the listener to return");
    }

    @Test
    void repliesKeepJavasOrderWithMessagesFromOtherThreadsAndFrames(TestWindows t) throws Exception {
        BrowserWindow w = t.page(PAGE);
        ExecutorService other = Executors.newSingleThreadExecutor();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger handled = new AtomicInteger();
        Random random = new Random(42);
        // each 'go' makes its listener send a few numbers, each one of several ways, now and then pausing past the
        // time a reply is held for
        w.webContents().ipc().on("go", (e, a) -> {
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                int v = next.getAndIncrement();
                switch (random.nextInt(5)) {
                    case 0 -> e.reply("m", v);
                    case 1 -> w.webContents().send("m", v);
                    case 2 -> e.senderFrame().send("m", v); // the main frame by its id: the same queue
                    case 3 -> call(() -> other.submit(() -> w.webContents().send("m", v)).get());
                    default -> {
                        e.reply("m", v);
                        sleep(random.nextInt(2) == 0 ? 1 : 4);
                    }
                }
            }
            handled.incrementAndGet();
        });
        try {
            Object sent = eval(w, """
                    (async () => {
                      // some sends batched into one request, some a request each, some while replies arrive
                      for (let i = 0; i < 300; i++) {
                        ipcRenderer.send('go');
                        if (i % 3 === 0) await new Promise((r) => setTimeout(r, 0));
                        if (i % 7 === 0) await new Promise((r) => setTimeout(r, 20));
                      }
                      return true;
                    })()""");
            assertEquals(true, sent);
            // the page has sent them all; Java may still be handling the last ones
            Awaits.until("300 handled", 20, TimeUnit.SECONDS, () -> handled.get() == 300);
            int total = next.get();
            Awaits.until(total + " messages", 20, TimeUnit.SECONDS,
                    () -> ((Number) eval(w, "window.got.length")).intValue() >= total);
            assertCounting(total, (String) eval(w, "window.got.join(',')"));
            assertTrue(total > 200, "only " + total + " messages were sent");
            assertTrue(((Number) eval(w, "__cefshell.transport.stats().answeredWithBatch")).intValue() > 0,
                    "no reply travelled in an answer: the test did not test that way");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aPortConversationKeepsItsOrder(TestWindows t) throws Exception {
        BrowserWindow w = t.page(MessagePortTest.PAGE);
        MessagePortMain port = MessagePortTest.portFromPage(w, "conv");
        ExecutorService other = Executors.newSingleThreadExecutor();
        AtomicInteger next = new AtomicInteger();
        // every message from the page is answered with two numbers: one from the listener, one from another thread
        port.onMessage(m -> {
            port.postMessage(next.getAndIncrement());
            call(() -> other.submit(() -> port.postMessage(next.getAndIncrement())).get());
        }).start();
        try {
            Object log = eval(w, """
                    new Promise((resolve) => {
                      let asked = 0;
                      window.mine.onmessage = (e) => {
                        window.log.push(e.data);
                        if (e.data % 2 === 1 && ++asked < 200) window.mine.postMessage('again');
                        if (window.log.length === 400) resolve(window.log.join(','));
                      };
                      window.mine.postMessage('again');
                    })""");
            assertCounting(400, (String) log);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void underContextIsolationRepliesReachThePreload(TestWindows t) throws Exception {
        Path preload = Files.createTempFile("preload", ".js");
        Files.writeString(preload, """
                const { contextBridge, ipcRenderer } = require('electron/renderer');
                const got = [];
                ipcRenderer.on('m', (e, v) => got.push(v));
                contextBridge.exposeInMainWorld('api', {
                  go: (n) => ipcRenderer.send('go', n),
                  got: () => got.join(','),
                });
                """);
        String origin = t.serve(Map.of("index.html", "<!doctype html><html><body></body></html>"));
        BrowserWindow w = t.openAndWait(origin + "/index.html", BrowserWindowOptions.builder()
                .webPreferences(WebPreferences.builder().preload(preload).build()).build());
        w.webContents().ipc().on("go", (e, a) -> {
            int n = a.get(0, int.class);
            e.reply("m", n);
            w.webContents().send("m", n + "b");
        });
        Object got = eval(w, """
                new Promise((resolve) => {
                  for (let i = 0; i < 50; i++) api.go(i);
                  const check = () => api.got().split(',').length >= 100 ? resolve(api.got()) : setTimeout(check, 10);
                  check();
                })""");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(String.valueOf(i));
            expected.add(i + "b");
        }
        assertEquals(String.join(",", expected), got);
    }

    /** {@code got} is 0,1,2... up to {@code count} - 1; otherwise says where it first is not. */
    private static void assertCounting(int count, String got) {
        String[] numbers = got.isEmpty() ? new String[0] : got.split(",");
        for (int i = 0; i < Math.min(count, numbers.length); i++) {
            int at = i;
            assertEquals(String.valueOf(i), numbers[i], () -> "message " + at + " out of order: ..."
                    + String.join(",", List.of(numbers).subList(Math.max(0, at - 3), Math.min(numbers.length, at + 4))) + "...");
        }
        assertEquals(count, numbers.length, "messages that arrived");
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void call(Call c) {
        try {
            c.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
