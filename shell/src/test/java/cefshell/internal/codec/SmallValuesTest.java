package cefshell.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shortcut for small values writes exactly what the general encoder writes, or steps aside. */
class SmallValuesTest {
    @Test
    void equalsTheGeneralEncoderForEveryShapeItTakes() {
        List<Object> values = new ArrayList<>(Arrays.asList(null, "", "plain ascii", "a b-c_d.e/f:g?h", 0, -1, 42L,
                Long.MAX_VALUE, Long.MIN_VALUE, (short) 7, (byte) -3, true, false, "x".repeat(4096),
                new Object[0], new Object[] {1, "two", null, true}, List.of(), List.of("a", 1L, false)));
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            values.add(randomSmall(r));
        }
        for (Object v : values) {
            String small = SmallValues.text(v);
            assertNotNull(small, () -> "not taken: " + v);
            assertEquals(ValueEncoder.encodeTextGeneral(v), small, () -> "for " + describe(v));
            assertEquals(ValueEncoder.encodeTextGeneral(v), ValueEncoder.encodeText(v));
        }
    }

    @Test
    void stepsAsideForEverythingElse() {
        for (Object v : new Object[] {"needs \"escaping\"", "<tag>", "a=b", "it's", "é", "tab\t", "x".repeat(4097),
                1.5, 1.0, Double.NaN, new byte[] {1}, List.of(1.5), new Object[] {new Object[] {1}},
                java.util.Map.of("k", 1), new ArrayList<>(java.util.Collections.nCopies(17, 1))}) {
            assertNull(SmallValues.text(v), () -> "took " + describe(v));
            assertEquals(ValueEncoder.encodeTextGeneral(v), ValueEncoder.encodeText(v));
        }
    }

    /** Appended after what a builder holds: a value it steps aside for, even halfway through, leaves no trace. */
    @Test
    void appendingLeavesTheBuilderAsItWasWhenItStepsAside() {
        for (Object v : new Object[] {new Object[] {1, "two", 1.5}, List.of("a", "b", "<c>"), new Object[] {true, List.of()},
                "é", 2.5, new Object[] {1, "x"}, List.of(), null}) {
            StringBuilder sb = new StringBuilder("[\"channel\",");
            ValueEncoder.appendText(sb, v);
            assertEquals("[\"channel\"," + ValueEncoder.encodeTextGeneral(v), sb.toString(), () -> "for " + describe(v));
            StringBuilder literal = new StringBuilder("x");
            String s = v instanceof String text ? text : describe(v);
            JsText.appendStringLiteral(literal, s);
            assertEquals("x" + JsText.stringLiteral(s), literal.toString());
        }
    }

    private static Object randomSmall(Random r) {
        int n = r.nextInt(6);
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
            a[i] = randomScalar(r);
        }
        return switch (r.nextInt(3)) {
            case 0 -> randomScalar(r);
            case 1 -> a;
            default -> Arrays.asList(a);
        };
    }

    private static Object randomScalar(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextLong();
            case 1 -> r.nextInt();
            case 2 -> r.nextBoolean();
            case 3 -> null;
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = r.nextInt(20); i > 0; i--) {
                    char c = (char) (0x20 + r.nextInt(0x5f));
                    if ("\"\\<>&='".indexOf(c) < 0) {
                        sb.append(c);
                    }
                }
                yield sb.toString();
            }
        };
    }

    private static String describe(Object v) {
        return v instanceof Object[] a ? Arrays.toString(a) : String.valueOf(v);
    }
}
