package cefshell.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** MessagePort's close event needs a Blink feature switch; a user's own feature list must keep it (last one wins). */
class ChromiumSwitchesTest {
    private static List<String> blinkFeatures(RuntimeOptions options) {
        return ChromiumSwitches.forOptions(options, Path.of("/tmp/profile")).stream()
                .filter(a -> a.startsWith("--enable-blink-features=")).toList();
    }

    @Test
    void theMessagePortCloseEventIsAlwaysOn() {
        assertEquals(List.of("--enable-blink-features=MessagePortCloseEvent"), blinkFeatures(RuntimeOptions.builder().build()));
        assertEquals(List.of("--enable-blink-features=CSSFoo,MessagePortCloseEvent"),
                blinkFeatures(RuntimeOptions.builder().extraArg("--enable-blink-features=CSSFoo").build()));
    }
}
