package cefshell.internal.ipc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frame each document of a page lives in, as CEF reported it with the document's requests on a transport that
 * names the frame (cefQuery, the app scheme). The prompt transport needs it because CEF tells a dialog handler only
 * the origin, not the frame. Bounded: the least recently seen documents are forgotten first (their prompts then
 * fall back to XHR, which names the frame).
 */
final class Documents {
    private static final int MAX_DOCUMENTS = 256;

    private final Map<String, FrameRef> frames = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FrameRef> eldest) {
            return size() > MAX_DOCUMENTS;
        }
    };

    /**
     * The frame a document's request is attributed to. A document lives in one frame, the first that used its id:
     * a request naming it from another frame is attributed to that first frame when both have the same origin
     * (CEF names the frame of a document being unloaded differently, and same-origin frames can script each other
     * anyway), or when Chromium's {@code Origin} header of the request is that frame's origin (a keepalive request
     * of a document that was unloaded for another origin arrives with its successor's frame); refused (null)
     * otherwise.
     */
    /** Told (frameId, docId) of each document seen the first time; must return at once. */
    private volatile java.util.function.BiConsumer<String, String> newDocuments = (f, d) -> { };

    void onNewDocument(java.util.function.BiConsumer<String, String> listener) {
        newDocuments = listener;
    }

    synchronized FrameRef claim(String docId, FrameRef frame, String requestOrigin) {
        FrameRef known = frames.get(docId);
        if (known == null) {
            frames.put(docId, frame);
            newDocuments.accept(frame.frameId(), docId);
            return frame;
        }
        if (known.frameId().equals(frame.frameId())) {
            if (!known.equals(frame)) {
                frames.put(docId, frame);
            }
            return frame;
        }
        return known.origin().equals(frame.origin()) || known.origin().equals(requestOrigin) ? known : null;
    }

    /** Notes a document's frame; false if the id belongs to a frame of another origin. */
    synchronized boolean remember(String docId, FrameRef frame) {
        return claim(docId, frame, null) != null;
    }

    /** The frame of a document seen before, or null. */
    synchronized FrameRef frameOf(String docId) {
        return frames.get(docId);
    }
}
