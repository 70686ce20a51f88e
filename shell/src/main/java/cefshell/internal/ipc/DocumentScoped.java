package cefshell.internal.ipc;

import java.util.ArrayList;
import java.util.List;

/**
 * What lives exactly as long as one document of a page (its socket connections): closed when a new document starts
 * in its frame, or when the page's renderer is gone or the page closes. Chromium closes a document's sockets itself
 * when it goes; this makes sure Java's end never outlives it either.
 */
final class DocumentScoped {
    private record Entry(String frameId, String docId, Runnable close) { }

    private final List<Entry> entries = new ArrayList<>();

    /** Runs {@code close} when the document goes; the returned handle forgets it (it closed on its own). */
    Runnable add(String frameId, String docId, Runnable close) {
        Entry e = new Entry(frameId, docId, close);
        synchronized (this) {
            entries.add(e);
        }
        return () -> {
            synchronized (this) {
                entries.remove(e);
            }
        };
    }

    /**
     * A new document started in {@code frameId}: the others of that frame are gone, and so are those of frames that
     * no longer exist (a navigation may give the frame a new identity). {@code frameLive} asks CEF; called unlocked.
     */
    void documentStarted(String frameId, String docId, java.util.function.Predicate<String> frameLive) {
        List<Entry> candidates;
        synchronized (this) {
            candidates = new ArrayList<>(entries);
        }
        List<Entry> gone = new ArrayList<>();
        for (Entry e : candidates) {
            boolean replaced = e.frameId().equals(frameId) && !e.docId().equals(docId);
            if (replaced || !e.frameId().equals(frameId) && !frameLive.test(e.frameId())) {
                gone.add(e);
            }
        }
        synchronized (this) {
            entries.removeAll(gone);
        }
        gone.forEach(e -> e.close().run());
    }

    /** Every document of the page is gone. */
    void closeAll() {
        List<Entry> gone;
        synchronized (this) {
            gone = new ArrayList<>(entries);
            entries.clear();
        }
        gone.forEach(e -> e.close().run());
    }
}
