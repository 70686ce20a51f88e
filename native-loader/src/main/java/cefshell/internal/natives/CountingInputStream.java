package cefshell.internal.natives;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how many bytes have been read, for the extraction progress bar. */
final class CountingInputStream extends FilterInputStream {
    private final LongConsumer onCount;
    private long count;

    CountingInputStream(InputStream in, LongConsumer onCount) {
        super(in);
        this.onCount = onCount;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            onCount.accept(++count);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count += n;
            onCount.accept(count);
        }
        return n;
    }
}
