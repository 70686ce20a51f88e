package cefshell.internal.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The shortcut reader of small envelopes must never disagree with the general one: wherever it gives an envelope,
 * the general reader gives the same; it may only decline (null), and then the general reader decides.
 */
class SmallEnvelopesTest {
    private static final String DOC = "0123456789abcdef0123456789abcdef";
    private static final String PORT = "fedcba9876543210fedcba9876543210";
    private static final String PORT2 = "00112233445566778899aabbccddeeff";

    private static String envelope(boolean invoke, long seq, String... messages) {
        return "{" + (invoke ? "\"i\":1," : "") + "\"d\":\"" + DOC + "\",\"s\":" + seq + ",\"m\":["
                + String.join(",", messages) + "]}";
    }

    @Test
    void readsTheCommonShapesAsTheGeneralReaderDoes() {
        for (String text : List.of(
                envelope(true, 1, "[1,\"bench:echo\",[\"abcdefghijklmnopqrstuvwxyz0123\"]]"),
                envelope(false, 17, "[0,\"a\",[1,-2,0,true,false,null,\"x y\"]]", "[4,\"host\",[]]", "[2,\"s\",[\"é☃\"]]"),
                envelope(true, 999999999999999L, "[0,\"a\",[]]", "[1,\"b\",[123456789012345]]"),
                // port traffic: a held port's message (with and without moved ports), postMessage, close, bind
                envelope(false, 2, "[6,\"" + PORT + "\",[\"abc\"],[]]", "[6,\"" + PORT + "\",[7],[\"" + PORT2 + "\"]]"),
                envelope(false, 3, "[5,\"ch\",[null],[\"" + PORT + "\",\"" + PORT2 + "\"]]", "[7,\"" + PORT + "\",[]]",
                        "[8,\"" + PORT2 + "\",[]]"))) {
            Envelope small = SmallEnvelopes.parse(text);
            assertNotNull(small, text);
            assertEquals(EnvelopeParser.parseTextGeneral(text), small, text);
        }
    }

    @Test
    void declinesWhatItDoesNotReadItself() {
        for (String text : List.of(
                envelope(false, 1, "[0,\"a\",[1.5]]"),                 // a fraction
                envelope(false, 1, "[0,\"a\",[1e3]]"),                 // an exponent
                envelope(false, 1, "[0,\"a\",[-0]]"),                  // negative zero
                envelope(false, 1, "[0,\"a\",[1234567890123456]]"),    // 16 digits
                envelope(false, 1, "[0,\"a\\\"b\",[]]"),               // an escape in the channel
                envelope(false, 1, "[0,\"a\",[\"\\u0041\"]]"),         // an escape in a value
                envelope(false, 1, "[0,\"a\",[[1]]]"),                 // nested
                envelope(false, 1, "[0,\"a\",[{\"k\":1}]]"),           // an object
                envelope(false, 1, "[3,\"a\",[],4]"),                  // sendTo
                envelope(false, 1, "[6,\"" + PORT + "\",[[1]],[]]"),   // a port message of a nested value
                envelope(false, 1, "[9,\"op\",[]]"),                   // webview
                envelope(false, 1, "[0, \"a\",[]]"))) {                // whitespace
            assertNull(SmallEnvelopes.parse(text), text);
        }
    }

    @Test
    void neverAcceptsWhatTheGeneralReaderRefusesNorReadsItDifferently() {
        List<String> valid = new ArrayList<>(List.of(
                envelope(true, 5, "[1,\"c\",[\"abc\",42]]"),
                envelope(false, 3, "[0,\"a\",[true]]", "[2,\"b\",[null,-7]]"),
                envelope(false, 1, "[4,\"t\",[]]"),
                envelope(false, 4, "[6,\"" + PORT + "\",[\"m\"],[\"" + PORT2 + "\"]]", "[7,\"" + PORT2 + "\",[]]"),
                envelope(false, 9, "[5,\"p\",[1],[]]", "[8,\"" + PORT + "\",[]]")));
        Random r = new Random(15);
        int compared = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = NearValid.mutate(valid.get(r.nextInt(valid.size())), r);
            Envelope small = SmallEnvelopes.parse(text);
            if (small == null) {
                continue;
            }
            compared++;
            assertEquals(EnvelopeParser.parseTextGeneral(text), small, text); // throws if the general one refuses it
        }
        for (String text : valid) {
            assertEquals(EnvelopeParser.parseTextGeneral(text), SmallEnvelopes.parse(text));
        }
        assertEquals(0, compared, "every mutation is invalid: the shortcut must decline them all");
    }

    @Test
    void readsRandomValidEnvelopesAsTheGeneralReaderDoes() {
        com.google.gson.Gson gson = new com.google.gson.GsonBuilder().disableHtmlEscaping().serializeNulls().create();
        Random r = new Random(1515);
        String chars = "ab z09-_:\"\\/<>&é☃\u0001\uD83D\uDE00";
        int read = 0;
        for (int i = 0; i < 5_000; i++) {
            List<String> messages = new ArrayList<>();
            for (int m = 0, n = 1 + r.nextInt(3); m < n; m++) {
                List<Object> args = new ArrayList<>();
                for (int a = 0, k = r.nextInt(4); a < k; a++) {
                    args.add(switch (r.nextInt(5)) {
                        case 0 -> r.nextInt(3) == 0 ? (long) (r.nextDouble() * 1e15) : (long) r.nextInt(2001) - 1000;
                        case 1 -> r.nextBoolean();
                        case 2 -> null;
                        case 3 -> r.nextDouble() * 100;
                        default -> {
                            StringBuilder sb = new StringBuilder();
                            for (int c = 0, len = r.nextInt(8); c < len; c++) {
                                sb.append(chars.charAt(r.nextInt(chars.length())));
                            }
                            yield sb.toString();
                        }
                    });
                }
                int kind = new int[] {0, 1, 2, 4, 5, 6, 7, 8}[r.nextInt(8)];
                String channel = kind >= 6 ? (r.nextInt(20) == 0 ? "0123" : PORT) : "ch" + r.nextInt(9);
                if (kind == 5 || kind == 6) { // one value (mostly), and the ids of the ports moved with it
                    List<Object> one = args.isEmpty() || r.nextInt(10) > 0 ? args.subList(0, Math.min(1, args.size())) : args;
                    List<String> ids = switch (r.nextInt(4)) {
                        case 0 -> List.of();
                        case 1 -> List.of(PORT2);
                        case 2 -> List.of(PORT, PORT2);
                        default -> List.of(PORT2, PORT2); // twice: refused
                    };
                    messages.add("[" + kind + "," + gson.toJson(channel) + "," + gson.toJson(one) + "," + gson.toJson(ids) + "]");
                    continue;
                }
                messages.add("[" + kind + "," + gson.toJson(channel) + "," + gson.toJson(kind >= 7 && r.nextInt(5) > 0 ? List.of() : args) + "]");
            }
            String text = envelope(r.nextBoolean(), 1 + r.nextInt(1_000_000), messages.toArray(String[]::new));
            Envelope general;
            try {
                general = EnvelopeParser.parseTextGeneral(text);
            } catch (MalformedMessageException e) { // a shape the general reader refuses: the shortcut must decline it
                assertNull(SmallEnvelopes.parse(text), text);
                continue;
            }
            Envelope small = SmallEnvelopes.parse(text);
            if (small != null) {
                read++;
                assertEquals(general, small, text);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(read > 1000, "the shortcut read only " + read + " of 5000");
    }
}
