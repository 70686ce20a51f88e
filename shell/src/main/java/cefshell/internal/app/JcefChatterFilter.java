package cefshell.internal.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Drops JCEF's lifecycle chatter from stdout. {@code org.cef.CefApp} prints "initialize on Thread[...] with library
 * path ..." and "shutdown on Thread[...]" with {@code System.out.println} on every start and exit, with no switch to
 * turn it off; a user's terminal (and a script reading the app's stdout) should see only the app's output.
 *
 * <p>Exactly the lines starting with those prefixes are dropped; everything else passes unchanged. Output is held
 * per line until its end (or a flush that cannot be the start of such a line) so a dropped line leaves no trace.
 */
public final class JcefChatterFilter extends OutputStream {
    private static final List<byte[]> DROPPED_PREFIXES = List.of(
            "initialize on Thread[".getBytes(StandardCharsets.UTF_8),
            "shutdown on Thread[".getBytes(StandardCharsets.UTF_8));

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private JcefChatterFilter(OutputStream out) {
        this.out = out;
    }

    /** Installs the filter on {@code System.out}; call it before Chromium starts. */
    public static void install() {
        System.setOut(wrap(System.out));
    }

    static PrintStream wrap(PrintStream target) {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return new PrintStream(new JcefChatterFilter(target), true, charset);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emitLine();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (line.size() > 0 && !couldBeDropped(line.toByteArray())) {
            line.writeTo(out);
            line.reset();
        }
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        line.writeTo(out);
        line.reset();
        out.close();
    }

    private void emitLine() throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        if (!startsWithDropped(bytes)) {
            out.write(bytes);
        }
    }

    private static boolean startsWithDropped(byte[] bytes) {
        for (byte[] prefix : DROPPED_PREFIXES) {
            if (bytes.length >= prefix.length
                    && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length)) {
                return true;
            }
        }
        return false;
    }

    /** True when a partial line may still turn out to be one to drop. */
    private static boolean couldBeDropped(byte[] partial) {
        for (byte[] prefix : DROPPED_PREFIXES) {
            int n = Math.min(partial.length, prefix.length);
            if (java.util.Arrays.equals(partial, 0, n, prefix, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
