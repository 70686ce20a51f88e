package cefshell.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlibThreadCheckTest {
    @TempDir
    Path dir;

    private Path fakeLibX11(String exportedNames) throws IOException {
        Path lib = dir.resolve("libX11.so.6.4.0");
        Files.write(lib, ("\u007fELF...XOpenDisplay\0XInitThreads\0" + exportedNames + "...").getBytes(StandardCharsets.US_ASCII));
        return lib;
    }

    @Test
    void startsWhenAwtHasNotOpenedTheDisplay() throws IOException {
        assertNull(XlibThreadCheck.problem(false, fakeLibX11("")));
    }

    @Test
    void startsAfterAwtWhenLibX11InitialisesThreadsItself() throws IOException {
        assertNull(XlibThreadCheck.problem(true, fakeLibX11("XFreeThreads\0")));
    }

    @Test
    void refusesAfterAwtWithAnOldLibX11AndSaysWhatToDo() throws IOException {
        String message = XlibThreadCheck.problem(true, fakeLibX11(""));
        assertNotNull(message);
        assertTrue(message.contains("Call Shell.start() at the very beginning of main()"), message);
        assertTrue(message.contains("upgrade libX11 to 1.8"), message);
    }

    @Test
    void theLibX11OfThisMachineIsFoundOnceLoaded() {
        java.awt.Toolkit.getDefaultToolkit(); // loads libawt_xawt and with it libX11
        Path lib = XlibThreadCheck.libX11InThisProcess();
        assertNotNull(lib);
        assertTrue(lib.getFileName().toString().startsWith("libX11.so"), lib.toString());
        assertTrue(XlibThreadCheck.awtOpenedDisplay(), "the toolkit thread runs once AWT has its display");
    }
}
