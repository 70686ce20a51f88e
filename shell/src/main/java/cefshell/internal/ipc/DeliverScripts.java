package cefshell.internal.ipc;

import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a frame's batch of pushed items into the scripts that deliver them: {@code deliver([item,item,...])} calls of
 * at most {@link #MAX_CHARS} characters each, in order (an item longer than that gets a script of its own).
 *
 * <p>Why a limit: large strings cost fresh memory at every step (JNI's copy, CEF's IPC, Blink's source text), and
 * where a first touch of a page of memory is slow that dominated a burst. 20 000 pushes took 142k-245k msg/s in
 * scripts of up to 8 MiB and 284k-502k in scripts of 64 KiB (BENCHMARKS.md, "Pushes and fresh memory").
 */
final class DeliverScripts {
    static final int MAX_CHARS = 64 * 1024;

    private DeliverScripts() {
    }

    /** Hands each script for {@code items} to {@code run}, in order; nothing for no items. */
    static void each(List<String> items, int maxChars, Consumer<String> run) {
        int chars = 0;
        int longest = 0;
        for (String item : items) {
            chars += item.length() + 1;
            longest = Math.max(longest, item.length());
        }
        // One builder the size of the longest script, reused: each script is copied once (into its String), not at
        // every doubling of a builder and again to wrap it in the call.
        int start = WireNames.DELIVER_CALL_START.length();
        int end = WireNames.DELIVER_CALL_END.length();
        StringBuilder script = new StringBuilder(start + Math.min(chars, Math.max(maxChars, longest)) + end)
                .append(WireNames.DELIVER_CALL_START);
        for (String item : items) {
            if (script.length() > start && script.length() + 1 + item.length() + end > maxChars) {
                run.accept(script.append(WireNames.DELIVER_CALL_END).toString());
                script.setLength(start);
            }
            script.append(script.length() == start ? "" : ",").append(item);
        }
        if (script.length() > start) {
            run.accept(script.append(WireNames.DELIVER_CALL_END).toString());
        }
    }
}
