package cefshell;

import static cefshell.testing.TestWindows.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cefshell.testing.Awaits;
import cefshell.testing.ShellExtension;
import cefshell.testing.TestWindows;

/** will-navigate (held while a listener decides), did-start-navigation, did-navigate(-in-page), did-fail-load. */
@ExtendWith(ShellExtension.class)
class NavigationEventsTest {
    private static final String FIRST = "<!doctype html><title>first</title><a id=next href='second.html'>next</a>"
            + "<form id=f method=post action='second.html'><input name=q value=posted></form>";
    private static final Map<String, String> SECOND = Map.of("second.html", "<!doctype html><title>second</title>");

    /** Every navigation event of {@code w}, as "event url" lines. */
    private static List<String> record(BrowserWindow w) {
        List<String> events = new CopyOnWriteArrayList<>();
        WebContents wc = w.webContents();
        wc.onDidStartNavigation(d -> events.add("did-start-navigation " + tail(d.url())
                + (d.isSameDocument() ? " same-document" : "") + (d.isMainFrame() ? "" : " subframe")));
        wc.onDidNavigate(d -> events.add("did-navigate " + tail(d.url()) + " " + d.httpResponseCode()));
        wc.onDidNavigateInPage(d -> events.add("did-navigate-in-page " + tail(d.url())));
        wc.onDidFinishLoad(() -> events.add("did-finish-load"));
        wc.onDidFailLoad(d -> events.add("did-fail-load " + d.errorCode() + " " + d.errorDescription()
                + " " + d.validatedURL() + " " + d.isMainFrame()));
        return events;
    }

    /**
     * Runs {@code script} just after the evaluation has answered: a navigation started inside an evaluation can take
     * the evaluation's answer with the document it leaves.
     */
    private static void navigateSoon(BrowserWindow w, String script) {
        eval(w, "setTimeout(() => { " + script + " }, 0), 1");
    }

    /** The events from the first that starts with {@code first} on (none if there is none). */
    private static List<String> from(List<String> events, String first) {
        List<String> copy = List.copyOf(events);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).startsWith(first)) {
                return copy.subList(i, copy.size());
            }
        }
        return List.of();
    }

    private static String tail(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void willNavigateCanKeepThePageWhereItIs(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FIRST, SECOND);
        LinkedBlockingQueue<String> asked = new LinkedBlockingQueue<>();
        w.webContents().onWillNavigate(e -> {
            asked.add(e.url());
            e.preventDefault();
        });
        List<String> events = record(w);
        navigateSoon(w, "document.getElementById('next').click()");
        assertTrue(asked.poll(10, TimeUnit.SECONDS).endsWith("/second.html"));
        navigateSoon(w, "location.href = 'second.html?script'");
        assertTrue(asked.poll(10, TimeUnit.SECONDS).endsWith("/second.html?script"));
        Thread.sleep(300); // a navigation that was let through would have committed by now
        assertEquals("first", eval(w, "document.title"));
        assertTrue(events.stream().noneMatch(e -> e.contains("second.html")), "nothing started: " + events);
    }

    @Test
    void anAllowedNavigationGoesOnWithItsEventsInOrder(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FIRST, SECOND);
        List<String> events = record(w);
        w.webContents().onWillNavigate(e -> events.add("will-navigate " + tail(e.url())));
        navigateSoon(w, "document.getElementById('next').click()");
        Awaits.until("second page loaded", 10, TimeUnit.SECONDS, () -> from(events, "will-navigate").size() == 4);
        assertEquals(List.of("will-navigate second.html", "did-start-navigation second.html",
                "did-navigate second.html 200", "did-finish-load"), from(events, "will-navigate"));
        assertEquals("second", eval(w, "document.title"));

        events.clear();
        w.webContents().loadURL(w.webContents().getURL().replace("second.html", "index.html"));
        Awaits.until("first page loaded", 10, TimeUnit.SECONDS, () -> events.contains("did-finish-load"));
        assertEquals(List.of("did-start-navigation index.html", "did-navigate index.html 200", "did-finish-load"),
                events, "loadURL asks no will-navigate listener");
    }

    @Test
    void aFormPostGoesOnAndItsListenersAreToldTheyCannotStopIt(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FIRST, SECOND);
        LinkedBlockingQueue<WillNavigateEvent> asked = new LinkedBlockingQueue<>();
        w.webContents().onWillNavigate(e -> {
            asked.add(e);
            e.preventDefault();
        });
        List<String> events = record(w);
        navigateSoon(w, "document.getElementById('f').submit()");
        WillNavigateEvent e = asked.poll(10, TimeUnit.SECONDS);
        assertTrue(e.url().endsWith("/second.html") && !e.isCancellable(), e.toString());
        Awaits.until("second page loaded", 10, TimeUnit.SECONDS, () -> events.contains("did-finish-load"));
        assertTrue(events.stream().anyMatch(s -> s.startsWith("did-navigate second.html")), events.toString());
    }

    @Test
    void inPageNavigationsAreReportedAsSuch(TestWindows t) {
        BrowserWindow w = t.page(FIRST, SECOND);
        List<String> events = record(w);
        List<String> willNavigate = new CopyOnWriteArrayList<>();
        w.webContents().onWillNavigate(e -> willNavigate.add(e.url()));
        eval(w, "location.hash = 'part2', history.pushState({}, '', 'pushed.html'), 1");
        Awaits.until("two in-page navigations", 10, TimeUnit.SECONDS,
                () -> events.stream().filter(e -> e.startsWith("did-navigate-in-page")).count() == 2);
        assertEquals(List.of("did-start-navigation index.html#part2 same-document", "did-navigate-in-page index.html#part2",
                "did-start-navigation pushed.html same-document", "did-navigate-in-page pushed.html"), events);
        assertEquals(List.of(), willNavigate);
    }

    @Test
    void anUnreachableUrlFailsToLoad(TestWindows t) throws Exception {
        BrowserWindow w = t.page(FIRST, SECOND);
        List<String> events = record(w);
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port + "/nothing";
        w.webContents().loadURL(url);
        Awaits.until("did-fail-load", 15, TimeUnit.SECONDS,
                () -> events.stream().anyMatch(e -> e.startsWith("did-fail-load")));
        assertTrue(events.contains("did-fail-load -102 ERR_CONNECTION_REFUSED " + url + " true"),
                events.toString());
        assertFalse(events.stream().anyMatch(e -> e.startsWith("did-navigate ")), events.toString());
    }
}
