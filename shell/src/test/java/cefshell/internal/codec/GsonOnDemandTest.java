package cefshell.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The codec builds its Gson only for the values that need one (records, POJOs, generic conversions): a Gson costs
 * tens of milliseconds on a cold JVM, and it used to be built by the first IPC message of every process.
 */
class GsonOnDemandTest {
    record Point(int x, int y) {
    }

    private final AtomicInteger built = new AtomicInteger();
    private final Supplier<Gson> counting = () -> {
        built.incrementAndGet();
        return new Gson();
    };

    @Test
    void theEncoderBuildsItsGsonForTheFirstRecordOnlyAndOnce() {
        ValueEncoder encoder = new ValueEncoder(new PojoTrees(counting));
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("text", "a");
        plain.put("list", List.of(1, 2.5, true));
        plain.put("bytes", new byte[] {1, 2});
        encoder.run(plain, true);
        encoder.run(plain, false);
        assertEquals(0, built.get(), "plain values need no Gson");

        assertEquals(ValueEncoder.encodeTextGeneral(new Point(1, 2)), encoder.run(new Point(1, 2), false).json());
        encoder.run(List.of(new Point(3, 4)), false);
        assertEquals(1, built.get());
    }

    @Test
    void theConverterBuildsItsGsonForTheFirstRecordOnlyAndOnce() {
        ValueConverter converter = new ValueConverter(counting);
        assertEquals("s", converter.to("s", String.class));
        assertEquals(3, converter.to(3.0, int.class));
        Object list = ValueDecoder.decode("[1,\"a\"]");
        assertEquals(list, converter.to(list, List.class));
        assertEquals(0, built.get(), "plain values need no Gson");

        Object decoded = ValueDecoder.decode("{\"x\":1,\"y\":2}");
        assertEquals(new Point(1, 2), converter.to(decoded, Point.class));
        assertEquals(new Point(1, 2), converter.to(decoded, Point.class));
        assertEquals(1, built.get());
    }
}
