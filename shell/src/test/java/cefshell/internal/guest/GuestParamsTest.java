package cefshell.internal.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cefshell.WebPreferences;

/** A {@code <webview>}'s attributes made into the guest's preferences and Electron's params (no Chromium needed). */
class GuestParamsTest {
    private static final WebPreferences PLAIN_HOST = WebPreferences.defaults();
    private static final WebPreferences ISOLATED_HOST = WebPreferences.builder().contextIsolation(true).build();

    @Test
    void attributesBecomeElectronsParams() {
        GuestParams p = new GuestParams(Map.of("src", "app://a/g.html", "partition", "persist:x", "allowpopups", true,
                "useragent", "ua/1", "httpreferrer", "http://r.example/"), PLAIN_HOST);
        assertEquals(Map.of("src", "app://a/g.html", "partition", "persist:x", "httpreferrer", "http://r.example/",
                "useragent", "ua/1", "allowpopups", "true"), p.params());
        assertTrue(p.allowPopups());
        GuestParams none = new GuestParams(Map.of(), PLAIN_HOST);
        assertEquals("about:blank", none.src());
        assertEquals("", none.partition());
        assertFalse(none.allowPopups());
    }

    @Test
    void webpreferencesSetIsolationButNeverBelowTheHosts() {
        assertTrue(new GuestParams(Map.of("webpreferences", "contextIsolation=yes"), PLAIN_HOST).preferences()
                .contextIsolation());
        assertTrue(new GuestParams(Map.of("webpreferences", " foo , contextIsolation"), PLAIN_HOST).preferences()
                .contextIsolation());
        assertFalse(new GuestParams(Map.of(), PLAIN_HOST).preferences().contextIsolation());
        assertTrue(new GuestParams(Map.of("webpreferences", "contextIsolation=no"), ISOLATED_HOST).preferences()
                .contextIsolation(), "a guest is never less isolated than its host (Electron's rule)");
    }

    @Test
    void onlyAFileUrlIsAPreload() {
        Path p = Path.of("/tmp/guest-preload.js");
        assertEquals(p, new GuestParams(Map.of("preload", p.toUri().toString()), PLAIN_HOST).preferences().preload());
        assertNull(new GuestParams(Map.of("preload", "https://example.com/p.js"), PLAIN_HOST).preferences().preload());
    }

    @Test
    void willAttachWebviewListenersChangeWhatTheGuestGets() {
        GuestParams p = new GuestParams(Map.of("src", "app://a/asked.html"), PLAIN_HOST);
        p.params().put("src", "app://a/given.html");
        p.webPreferences().contextIsolation(true);
        assertEquals("app://a/given.html", p.src());
        assertTrue(p.preferences().contextIsolation());
        assertFalse(p.isDefaultPrevented());
        p.preventDefault();
        assertTrue(p.isDefaultPrevented());
    }

    @Test
    void persistWithoutANameIsInvalid() {
        assertFalse(Partitions.isValid("persist:"));
        assertTrue(Partitions.isValid("persist:notes"));
        assertTrue(Partitions.isValid(""));
    }
}
