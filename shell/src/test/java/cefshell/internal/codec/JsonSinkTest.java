package cefshell.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonSinkTest {

    @Test
    void keepsASurrogatePairSplitAcrossWrites() {
        JsonSink sink = new JsonSink();
        sink.write("a\ud83d", 0, 2);
        sink.write('\ude00');
        sink.write("\ud83d".toCharArray(), 0, 1);
        sink.write("\ude00b", 0, 2);
        assertEquals("a😀😀b", sink.text());
    }

    @Test
    void escapesAHighSurrogateNotFollowedByALowOne() {
        JsonSink sink = new JsonSink();
        sink.write("\ud83d", 0, 1);
        sink.write('"');
        sink.write("\ud83d\ud83d", 0, 2);
        assertEquals("\\ud83d\"\\ud83d\\ud83d", sink.text());
    }

    @Test
    void escapesALowSurrogateWithoutAHighOne() {
        JsonSink sink = new JsonSink();
        sink.write("x\udfffy", 0, 3);
        assertEquals("x\\udfffy", sink.text());
    }
}
