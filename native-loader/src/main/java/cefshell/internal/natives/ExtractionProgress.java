package cefshell.internal.natives;

/** Told how the first extraction of the natives goes; it takes a few seconds. */
public interface ExtractionProgress {
    /** @param totalBytes size of the compressed archive, or -1 when unknown */
    void started(long totalBytes);

    void advanced(long bytesSoFar);

    void finished();

    ExtractionProgress NONE = new ExtractionProgress() {
        @Override public void started(long totalBytes) { }
        @Override public void advanced(long bytesSoFar) { }
        @Override public void finished() { }
    };
}
