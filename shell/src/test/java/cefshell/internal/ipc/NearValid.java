package cefshell.internal.ipc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Mutations of a valid request that each make it invalid by construction (so every one must be refused): the
 * near-misses a careless or hostile page would send. Shared by the Chromium-free fuzz and the one in Chromium.
 */
public final class NearValid {
    private static final List<BiFunction<String, Random, String>> MUTATIONS = List.of(
            (s, r) -> s + junk(r),                                                 // trailing garbage
            (s, r) -> s.substring(0, 1 + r.nextInt(s.length() - 1)),              // cut short
            (s, r) -> s.replaceFirst("\"s\":(\\d+)", "\"s\":\"$1\""),              // a string for the sequence
            (s, r) -> s.replaceFirst("\\[(\\d),\"", "[\"$1\",\""),                 // a string kind
            (s, r) -> s.replaceFirst("\\[(\\d),\"[a-z]+\"", "[$1," + r.nextInt(99) + ""), // a numeric channel
            (s, r) -> s.replaceFirst("\"s\":(\\d+)", "\"s\":" + pick(r, "0", "-1", "1.0", "1e0", "null", "true", "9007199254740993")),
            (s, r) -> s.replaceFirst("\\[(\\d),", "[" + pick(r, "12", "99", "-1", "1.5", "01", "null") + ","),
            (s, r) -> s.replaceFirst("\"d\":\"[0-9a-f]{32}\"", "\"d\":\"" + pick(r, "abc", "", "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcdeg") + "\""),
            (s, r) -> s.replaceFirst("\"m\":\\[", "\"m\":[7,"),                    // a message that is not a tuple
            (s, r) -> s.replaceFirst("\\]\\]\\}$", "],5]]}"),                      // an extra tuple member
            (s, r) -> s.replaceFirst("\\{", "{\"z\":1,"),                          // an unknown member first
            (s, r) -> s.replaceFirst("\\}$", ",\"z\":1}"),                         // an unknown member last
            (s, r) -> s.replaceFirst("\"m\":\\[.*\\]\\}$", "\"m\":[]}"),           // no messages
            (s, r) -> s.replace('"', '\''),                                        // single quotes
            (s, r) -> s.replaceFirst(",\\[\\]", ",{}"),                           // arguments not an array
            (s, r) -> s.replaceFirst("\\[(\\d),\"([a-z]+)\",\\[", "[$1,\"$2\",[{\"\\$\":\"ref\",\"v\":" + (50 + r.nextInt(50)) + "},"),
            (s, r) -> " " + s.replaceFirst("\\{", "{ "));                          // whitespace where the head is exact

    private NearValid() {
    }

    /** One invalid mutation of {@code valid}; applied until the text actually changed. */
    public static String mutate(String valid, Random r) {
        for (int tries = 0; tries < 20; tries++) {
            String m = MUTATIONS.get(r.nextInt(MUTATIONS.size())).apply(valid, r);
            if (!m.equals(valid)) {
                return m;
            }
        }
        return valid + "}";
    }

    /** The text as a binary frame's header (its blob list sometimes wrong), as the scheme path would receive it. */
    public static byte[] asFrame(String text, Random r) {
        String header = text.startsWith("{") ? "{\"b\":[]," + text.substring(1) : text;
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        int extra = r.nextInt(3) == 0 ? 1 + r.nextInt(8) : 0;
        return ByteBuffer.allocate(4 + h.length + extra).order(ByteOrder.LITTLE_ENDIAN).putInt(h.length).put(h).array();
    }

    private static String junk(Random r) {
        return pick(r, "GARBAGE", "}", ",", " {}", "]", "\u0000", "{\"d\":1}");
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
