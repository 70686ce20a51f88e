package cefshell.internal.trace;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import cefshell.internal.codec.ValueEncoder;
import cefshell.internal.ipc.IpcTrace;

/**
 * Prints every renderer-to-main message of the channels the glob matches, one line as it arrives and one as it
 * ends for invokes and sendSyncs (so a handler that hangs shows), one line for a send once its listeners ran, and
 * one for each message Java sends to a page:
 *
 * <pre>
 *   ipc 08:01:02.345 wc#1 main    → send 'log' 42 B via query · 0.2 ms
 *   ipc 08:01:02.350 wc#1 main    → invoke 'notes:load' 61 B via query
 *   ipc 08:01:02.353 wc#1 main    ← invoke 'notes:load' · 3.1 ms · ok
 * ! ipc 08:01:02.360 wc#1 main    ← invoke 'boom' · 0.4 ms · THREW Error: boom
 * </pre>
 *
 * Lines for what went wrong (no listener, no handler, a handler that threw, a sendSync answered by its timeout)
 * start with {@code !} and say it in capitals. Thread-safe. The sink is called on a thread of the inspector's own,
 * in order: some events come from the sendSync timer, which must never wait on a sink (it may be user code).
 */
public final class IpcInspector implements IpcTrace {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private final ChannelGlob channels;
    private final Consumer<String> sink;
    private final Executor printer;

    /** @param channelGlob e.g. {@code *}, {@code notes:*}, {@code notes:*,log} */
    public IpcInspector(String channelGlob, Consumer<String> sink) {
        this(channelGlob, sink, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cefshell-ipc-trace");
            t.setDaemon(true);
            return t;
        }));
    }

    /** @param printer where the sink is called; one thread, so lines keep their order */
    IpcInspector(String channelGlob, Consumer<String> sink, Executor printer) {
        this.channels = new ChannelGlob(channelGlob);
        this.sink = sink;
        this.printer = printer;
    }

    @Override
    public Watch arrived(Message m) {
        if (!channels.matches(m.channel())) {
            return null;
        }
        long start = System.nanoTime();
        String who = String.format(Locale.ROOT, "wc#%d %-5s", m.webContentsId(),
                m.frame().isMain() ? "main" : "frame " + m.frame().frameId());
        String what = m.kind() + " '" + m.channel() + "'";
        String size = m.requestBytes() + " B via " + m.via().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (m.batch() > 1 ? " (batch of " + m.batch() + ")" : "");
        boolean answered = m.kind().equals("invoke") || m.kind().equals("sendSync");
        if (answered) {
            line(false, who + " → " + what + " " + size);
        }
        return new Watch() {
            @Override
            public void delivered(boolean heard) {
                line(!heard, who + " → " + what + " " + size + " · " + took(start) + (heard ? "" : " · NO LISTENER"));
            }

            @Override
            public void answered(Object value, boolean heard) {
                line(!heard, who + " ← " + what + " · " + took(start)
                        + (heard ? " · ok" : " · NO LISTENER, returned " + describe(value)));
            }

            @Override
            public void failed(String errorText, boolean heard) {
                line(true, who + " ← " + what + " · " + took(start) + (heard ? " · THREW " + errorText : " · NO HANDLER"));
            }

            @Override
            public void timedOut() {
                line(true, who + " ← " + what + " · " + took(start) + " · TIMED OUT: no listener answered, returned "
                        + "{error: 'reply was never sent'}");
            }
        };
    }

    @Override
    public void pushed(int webContentsId, String frameId, String channel, Object[] args, boolean sent) {
        if (!channels.matches(channel)) {
            return;
        }
        String who = String.format(Locale.ROOT, "wc#%d %-5s", webContentsId, frameId == null ? "main" : "frame " + frameId);
        line(!sent, who + " ← send '" + channel + "' " + size(args) + " B from Java" + (sent ? "" : " · FRAME GONE"));
    }

    /** The size of the arguments as the wire's text form; only while tracing. */
    private static int size(Object[] args) {
        try {
            return ValueEncoder.encodeText(args == null ? new Object[0] : args).length();
        } catch (RuntimeException e) {
            return -1; // not encodable: the send itself has said so
        }
    }

    private void line(boolean standsOut, String text) {
        String line = (standsOut ? "! " : "  ") + "ipc " + LocalTime.now().format(TIME) + " " + text;
        printer.execute(() -> {
            try {
                sink.accept(line);
            } catch (RuntimeException e) {
                System.err.println("the IPC trace's sink threw " + e);
            }
        });
    }

    private static String took(long start) {
        return String.format(Locale.ROOT, "%.1f ms", (System.nanoTime() - start) / 1e6);
    }

    private static String describe(Object value) {
        return value instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("error")
                ? "{error: '" + m.get("error") + "'}" : String.valueOf(value);
    }
}
