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
     * Notes the frame a document's request came from. A document lives in one frame: false if the id is already
     * bound to another (a frame claiming another's document), and nothing changes.
     */
    synchronized boolean remember(String docId, FrameRef frame) {
        FrameRef known = frames.get(docId);
        if (known != null && !known.frameId().equals(frame.frameId())) {
            return false;
        }
        if (known == null || !known.equals(frame)) {
            frames.put(docId, frame);
        }
        return true;
    }

    /** The frame of a document seen before, or null. */
    synchronized FrameRef frameOf(String docId) {
        return frames.get(docId);
    }
}
