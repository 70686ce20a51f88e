package cefshell;

import static cefshell.testing.TestFrames.eval;
import static cefshell.testing.TestFrames.onEdt;
import static cefshell.testing.TestFrames.onEdtGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestFrames;

/**
 * Off-screen panels (ShellOptions.offscreen(true)): lightweight components painting CEF's frames. Run in their own
 * test JVM (tag "offscreen", see shell/pom.xml), whose shared shell renders off-screen and pumps CEF on the EDT.
 */
@Tag("offscreen")
@ExtendWith(ShellExtension.class)
class OffscreenPanelTest {
    private static final Color RED = new Color(255, 0, 0);
    private static final Color BLUE = new Color(0, 0, 255);
    private static final Color GREEN = new Color(0, 255, 0);

    private static String page(String background, String body) {
        return "<!doctype html><html><head><style>html,body{margin:0;height:100%;background:" + background
                + "}</style></head><body>" + body + "</body></html>";
    }

    @Test
    void theTestShellRendersOffscreen() {
        assertTrue(ShellExtension.offscreen(), "run through the offscreen-tests execution");
    }

    /**
     * Off-screen, CEF's message loop runs on the EDT (JCEF's external pump), so CEF's "UI thread" is a Java thread:
     * keeping CEF's threads attached ({@code CefThreadAttachment}) must leave the EDT as it is and attach the IO
     * thread only.
     */
    @Test
    void cefsIoThreadIsAttachedAndTheEdtKeepsItsName(TestFrames t) {
        t.loadedPanel(page("#ffffff", ""));
        Awaits.until("CEF's IO thread attached", 15, TimeUnit.SECONDS, () -> threadNames().contains("CEF IO"));
        assertTrue(onEdtGet(() -> Thread.currentThread().getName()).startsWith("AWT-EventQueue"),
                "the EDT is named " + onEdtGet(() -> Thread.currentThread().getName()));
        assertTrue(!threadNames().contains("CEF UI"), "no thread was named CEF UI: " + threadNames());
    }

    private static java.util.Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anOffscreenPanelPaintsItsPageInsideItsBoundsAndTalksIpc(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(page("#ff0000", ""));
        JLabel label = new JLabel("swing");
        label.setOpaque(true);
        label.setBackground(GREEN);
        label.setPreferredSize(new Dimension(100, 100));
        t.frame(0, 0, f -> {
            f.add(label, BorderLayout.WEST);
            f.add(panel);
            f.setSize(500, 300);
        });
        t.awaitScreenColor(panel, 200, 150, RED);
        BufferedImage shot = t.screenshot(panel);
        assertEquals(RED.getRGB(), shot.getRGB(2, 2));
        assertEquals(RED.getRGB(), shot.getRGB(shot.getWidth() - 2, shot.getHeight() - 2));
        assertEquals(GREEN.getRGB(), t.screenColorAt(label, 97, 50).getRGB());
        panel.webContents().ipc().handle("mode", (e, a) -> "offscreen");
        assertEquals("offscreen", eval(panel, "ipcRenderer.invoke('mode')"));
        assertEquals(onEdtGet(panel::getWidth) + "x" + onEdtGet(panel::getHeight), eval(panel, "innerWidth + 'x' + innerHeight"));
    }

    @Test
    void aTransparentPageOverlaysTheSwingComponentsUnderIt(TestFrames t) throws Exception {
        String url = t.serveIndex(page("transparent",
                "<div style='position:absolute;left:0;top:0;width:50%;height:100%;background:#0000ff'></div>"));
        BrowserPanel overlay = TestFrames.awaitLoaded(
                t.track(new BrowserPanel(t.shell(), url, WebPreferences.builder().transparent(true).build())), url);
        JPanel under = new JPanel();
        under.setBackground(GREEN);
        JLayeredPane layers = new JLayeredPane();
        t.frame(0, 0, f -> {
            layers.setPreferredSize(new Dimension(400, 200));
            under.setBounds(0, 0, 400, 200);
            overlay.setBounds(0, 0, 400, 200);
            layers.add(under, JLayeredPane.DEFAULT_LAYER);
            layers.add(overlay, JLayeredPane.PALETTE_LAYER);
            f.add(layers);
            f.pack();
        });
        t.awaitScreenColor(layers, 100, 100, BLUE);
        assertEquals(GREEN, t.screenColorAt(layers, 300, 100), "the Swing panel shows through the page");
        BufferedImage image = overlay.capturePage().get(10, TimeUnit.SECONDS);
        assertEquals(BLUE.getRGB(), image.getRGB(100, 100));
        assertEquals(0, image.getRGB(300, 100) >>> 24, "transparent where the page paints nothing");
    }

    @Test
    void aPanelThatWasNeverShownCanBeCapturedToAnImage(TestFrames t) throws Exception {
        BrowserPanel panel = t.loadedPanel(page("#0000ff", "<h1 style='color:white'>report</h1>"));
        onEdt(() -> panel.setSize(320, 200));
        Awaits.until("page laid out at the panel's size", 10, TimeUnit.SECONDS,
                () -> "320x200".equals(eval(panel, "innerWidth + 'x' + innerHeight")));
        BufferedImage[] image = new BufferedImage[1];
        int[] white = new int[1];
        // a frame at the new size can come before the one with the heading's text: wait for both
        Awaits.until("a frame painted at the new size, with the heading", 10, TimeUnit.SECONDS, () -> {
            try {
                image[0] = panel.capturePage().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                return false;
            }
            if (image[0].getWidth() != 320 || image[0].getRGB(300, 190) != BLUE.getRGB()) {
                return false;
            }
            white[0] = 0;
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 200; x++) {
                    white[0] += image[0].getRGB(x, y) == Color.WHITE.getRGB() ? 1 : 0;
                }
            }
            return white[0] > 50;
        });
        assertEquals(200, image[0].getHeight());
        int whitePixels = white[0];
        assertTrue(whitePixels > 50, "the heading's white text is in the image: " + whitePixels + " white pixels");
    }

    @Test
    void typingThroughAwtKeyEventsReachesTheOffscreenPageAndThenASwingField(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(page("#ff0000",
                "<input id='field' style='position:absolute;left:10px;top:10px;width:200px'>"));
        JTextField swingField = new JTextField(20);
        t.frame(0, 0, f -> {
            f.add(swingField, BorderLayout.NORTH);
            f.add(panel);
            f.setSize(500, 300);
        });
        t.awaitScreenColor(panel, 250, 150, RED);
        t.click(panel, 60, 20);
        Awaits.until("page input focused", 10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                eval(panel, "document.activeElement && document.activeElement.id === 'field'")));
        t.type("offscreen keys");
        Awaits.until("typed into the page", 10, TimeUnit.SECONDS,
                () -> "offscreen keys".equals(eval(panel, "document.getElementById('field').value")));
        t.click(swingField, 5, 5);
        Awaits.until("Swing focus", 10, TimeUnit.SECONDS, () -> onEdtGet(swingField::isFocusOwner));
        t.type("swing");
        Awaits.until("typed into Swing", 10, TimeUnit.SECONDS, () -> "swing".equals(onEdtGet(swingField::getText)));
    }

    @Test
    void theEdtWhichPumpsCefMayWaitForAnOffscreenPage(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(page("#ffffff", ""));
        Object[] result = new Object[1];
        onEdt(() -> {
            try {
                result[0] = panel.webContents()
                        .executeJavaScript("new Promise(r => setTimeout(() => r('answered'), 50))")
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                result[0] = e;
            }
        });
        assertEquals("answered", result[0]);
    }

    @Test
    void aBrowserWindowIsOffscreenTooAndClosesCleanly(cefshell.testing.TestWindows t) throws Exception {
        BrowserWindow w = t.page("<!doctype html><html><head></head><body style='background:#00ff00'></body></html>");
        w.webContents().ipc().handle("where", (e, a) -> "window");
        assertEquals("window", cefshell.testing.TestWindows.eval(w, "ipcRenderer.invoke('where')"));
        java.util.concurrent.CompletableFuture<Void> closed = new java.util.concurrent.CompletableFuture<>();
        w.onClosed(() -> closed.complete(null));
        w.close();
        closed.get(10, TimeUnit.SECONDS);
        assertTrue(w.isDestroyed());
    }

    @Test
    void disposingTheFrameClosesTheOffscreenPageAndItsRenderer(TestFrames t) {
        BrowserPanel panel = t.loadedPanel(page("#ff0000", ""));
        JFrame f = t.frame(0, 0, fr -> {
            fr.add(panel);
            fr.setSize(300, 200);
        });
        long with = TestFrames.rendererProcesses();
        onEdt(f::dispose);
        Awaits.until("disposed with its frame", 10, TimeUnit.SECONDS, panel::isDisposed);
        Awaits.until("a renderer fewer than " + with, 15, TimeUnit.SECONDS, () -> TestFrames.rendererProcesses() < with);
    }
}
