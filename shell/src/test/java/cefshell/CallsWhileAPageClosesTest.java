package cefshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/**
 * Java may call a page's frames from any thread while the page closes: JCEF releases the browser's native object on
 * CEF's UI thread as it closes, and a call into it from another thread at that moment crashed the JVM
 * ({@code CefBrowser_N.getFrameByIdentifier}, seen once in CI from {@code WebFrameMain.isDestroyed()}). The calls must
 * answer as for a gone frame instead.
 */
@ExtendWith(ShellExtension.class)
class CallsWhileAPageClosesTest {
    @Test
    void framesCalledFromOtherThreadsAsTheirPageClosesAnswerAsGone(TestWindows t) throws Exception {
        for (int round = 0; round < 8; round++) {
            BrowserWindow w = t.page("<!doctype html><html><body><iframe srcdoc='<p>child'></iframe></body></html>");
            WebContents wc = w.webContents();
            WebFrameMain main = wc.mainFrame();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger calls = new AtomicInteger();
            List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> callers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread caller = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            main.isDestroyed();
                            main.detached();
                            main.framesInSubtree();
                            main.processId();
                            main.send("x", 1);
                            wc.send("x", 2);
                            calls.incrementAndGet();
                        } catch (IllegalStateException e) {
                            calls.incrementAndGet(); // Electron's "Render frame was disposed...": expected once gone
                        } catch (Throwable e) {
                            unexpected.add(e);
                            return;
                        }
                    }
                }, "caller-" + i);
                caller.start();
                callers.add(caller);
            }
            CountDownLatch closed = new CountDownLatch(1);
            w.onClosed(closed::countDown);
            Thread.sleep(20);
            w.close();
            assertTrue(closed.await(10, TimeUnit.SECONDS), "the window did not close");
            Thread.sleep(20); // and calls after it closed
            stop.set(true);
            for (Thread c : callers) {
                c.join(5000);
            }
            assertEquals(List.of(), unexpected);
            assertTrue(calls.get() > 0, "no call was made");
            assertTrue(main.isDestroyed(), "the main frame of a closed page is destroyed");
        }
    }
}
