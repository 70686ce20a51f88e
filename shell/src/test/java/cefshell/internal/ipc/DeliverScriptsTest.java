package cefshell.internal.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A batch becomes deliver calls of bounded length that carry every item, in order. */
class DeliverScriptsTest {
    private static final String START = WireNames.DELIVER_CALL_START;
    private static final String END = WireNames.DELIVER_CALL_END;

    @Test
    void noItemsNoScript() {
        List<String> scripts = new ArrayList<>();
        DeliverScripts.each(List.of(), 100, scripts::add);
        assertEquals(List.of(), scripts);
    }

    @Test
    void everyItemInOrderInCallsOfBoundedLength() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            int max = START.length() + END.length() + 20 + r.nextInt(200);
            List<String> items = new ArrayList<>();
            for (int i = r.nextInt(60); i > 0; i--) {
                items.add("[\"c\",[" + i + ",\"" + "x".repeat(r.nextInt(r.nextInt(10) == 0 ? 3 * max : 30)) + "\"]]");
            }
            List<String> scripts = new ArrayList<>();
            DeliverScripts.each(items, max, scripts::add);

            List<String> carried = new ArrayList<>();
            for (String script : scripts) {
                assertTrue(script.startsWith(START) && script.endsWith(END), script);
                String body = script.substring(START.length(), script.length() - END.length());
                List<String> inIt = splitItems(body);
                assertTrue(!inIt.isEmpty(), "an empty script");
                assertTrue(inIt.size() == 1 || script.length() <= max,
                        "over " + max + " with " + inIt.size() + " items: " + script.length());
                carried.addAll(inIt);
            }
            assertEquals(items, carried);
        }
    }

    /** The items of a deliver call's body (each a bracketed array with no brackets in its strings). */
    private static List<String> splitItems(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(body.substring(from, i));
                from = i + 1;
            }
        }
        if (from < body.length()) {
            out.add(body.substring(from));
        }
        return out;
    }
}
