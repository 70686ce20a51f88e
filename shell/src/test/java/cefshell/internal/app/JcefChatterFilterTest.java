package cefshell.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JcefChatterFilterTest {
    @Test
    void onlyJcefsLifecycleLinesAreDropped() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = JcefChatterFilter.wrap(new PrintStream(sink, true, StandardCharsets.UTF_8));
        out.println("before");
        out.println("initialize on Thread[AWT-EventQueue-0,6,main] with library path /x");
        out.println("[page log] initialize on Thread[ is fine mid-line");
        out.print("partial ");
        out.flush();
        out.println("line");
        out.println("shutdown on Thread[AWT-EventQueue-0,6,main]");
        out.print("init");
        out.flush(); // could still become a dropped line: held back
        out.println("ialize on Thread[x]");
        out.println("after ✓");
        assertEquals("before\n[page log] initialize on Thread[ is fine mid-line\npartial line\nafter ✓\n",
                sink.toString(StandardCharsets.UTF_8));
    }
}
