package cefshell.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import cefshell.ConsoleMessage;
import cefshell.WebContents;

/** Collects a page's console messages so a test can wait for one. */
public final class ConsoleRecorder {
    private final List<ConsoleMessage> messages = new CopyOnWriteArrayList<>();

    public static ConsoleRecorder of(WebContents wc) {
        ConsoleRecorder r = new ConsoleRecorder();
        boolean echo = Boolean.getBoolean("cefshell.test.console"); // -Dcefshell.test.console=true to debug a test
        wc.onConsoleMessage(m -> {
            r.messages.add(m);
            if (echo) {
                System.err.println("[page " + wc.id() + "] " + m);
            }
        });
        return r;
    }

    public List<ConsoleMessage> messages() {
        return List.copyOf(messages);
    }

    /** Waits for a message matching {@code p} and returns it. */
    public ConsoleMessage await(String what, Predicate<ConsoleMessage> p) {
        Awaits.until(what + " in console " + messages, 15, TimeUnit.SECONDS, () -> messages.stream().anyMatch(p));
        return messages.stream().filter(p).findFirst().orElseThrow();
    }

    /** Waits for a message whose text starts with {@code prefix}. */
    public ConsoleMessage awaitPrefix(String prefix) {
        return await("'" + prefix + "...'", m -> m.message().startsWith(prefix));
    }
}
