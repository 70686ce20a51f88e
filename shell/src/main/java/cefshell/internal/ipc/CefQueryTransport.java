package cefshell.internal.ipc;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefMessageRouterHandlerAdapter;

/**
 * The text transport of one page: {@code window.cefQuery} requests, each a batch of messages from one document (see
 * {@link Envelope}). Each page's client has its own router and its own instance of this handler, so a query is
 * attributed to its page without any lookup. {@code onQuery} runs on the CEF UI thread, so it only checks the sender and hands the raw text
 * to the document's lane; parsing and user code happen there. Every query is answered: "" for a batch of sends, the
 * invoke's result ("r" + value or "e" + error text) when the batch ends with an invoke, a failure when refused.
 * A document's first query also tells {@link Documents} which frame it is in; {@code {"h":1,"d":"<doc>"}} does only
 * that.
 */
public final class CefQueryTransport extends CefMessageRouterHandlerAdapter {
    static final int REFUSED = 403;
    static final int MALFORMED = 400;
    private static final String SCRIPT_RESULT = "{\"x\":1,\"a\":";
    private static final String HELLO = "{\"h\"";

    private final PageIpc page;
    private final IpcDispatcher dispatcher;
    private final ReplyParts parts;

    public CefQueryTransport(PageIpc page, IpcDispatcher dispatcher, ReplyParts parts) {
        this.page = page;
        this.dispatcher = dispatcher;
        this.parts = parts;
    }

    @Override
    public boolean onQuery(CefBrowser browser, CefFrame frame, long queryId, String request, boolean persistent,
                           CefQueryCallback callback) {
        FrameRef from = FrameRef.of(frame);
        if (request != null && request.startsWith(HELLO) && (page == null || !page.trusts(from.origin()))) {
            callback.failure(REFUSED, "IPC refused"); // every document says hello: no log line for each untrusted one
            return true;
        }
        String refusal = Admission.refusal(page, from);
        if (refusal != null) {
            callback.failure(REFUSED, refusal);
            return true;
        }
        if (request != null && request.startsWith(SCRIPT_RESULT)) {
            // not ordered with messages: a handler holding this document's lane may be waiting for it
            IpcThreads.HANDLERS.execute(() -> completeScript(request, callback));
            return true;
        }
        String docId = request == null ? null : Admission.peekDocId(request.length() > 200 ? request.substring(0, 200) : request);
        FrameLane lane = docId == null ? null : page.lane(from.frameId(), docId);
        if (lane == null) {
            callback.failure(MALFORMED, "malformed IPC message: not a cefshell request");
            return true;
        }
        page.documents().remember(docId, from);
        if (request.startsWith(HELLO)) { // a document introducing itself before its first prompt (PromptTransport)
            callback.success("");
            return true;
        }
        boolean endsWithInvoke = request.startsWith("{\"i\"");
        lane.arrive(new FrameLane.Arrival() {
            @Override
            public Envelope parse() {
                return Envelope.parseText(request);
            }

            @Override
            public void refuse(String reason) {
                callback.failure(MALFORMED, "malformed IPC message: " + reason);
            }

            @Override
            public void deliver(IncomingMessage m, int index, int count) {
                boolean last = index == count - 1;
                boolean answersQuery = last && endsWithInvoke && m.kind() == MessageKind.INVOKE;
                dispatcher.dispatch(page, from, m, answersQuery ? new QueryReply(callback, parts) : Reply.NONE);
                if (last && !answersQuery) {
                    callback.success("");
                }
            }
        });
        return true;
    }

    private void completeScript(String request, CefQueryCallback callback) {
        try {
            String args = request.substring(SCRIPT_RESULT.length(), request.length() - 1);
            Object decoded = WireCodec.decode(new com.google.gson.stream.JsonReader(new java.io.StringReader(args)), null);
            if (decoded instanceof java.util.List<?> list) {
                @SuppressWarnings("unchecked")
                java.util.List<Object> values = (java.util.List<Object>) list;
                page.completeScript(values);
            }
            callback.success("");
        } catch (java.io.IOException | RuntimeException e) {
            callback.failure(MALFORMED, "malformed script result: " + e.getMessage());
        }
    }

    /**
     * Answers an invoke through its query: {@code r} + value as text, or, for a value with more binary data (or long
     * strings) than text carries well, {@code p<token>:<blob lengths>:<json>}, the blobs left in {@link ReplyParts}
     * for the page to fetch in parallel.
     */
    private record QueryReply(CefQueryCallback callback, ReplyParts parts) implements Reply {
        @Override
        public void result(Object value) {
            String reply;
            try {
                reply = "r" + WireCodec.encodeText(value);
                if (reply.length() > ReplyParts.MIN_TEXT_CHARS) {
                    java.util.List<byte[]> blobs = new java.util.ArrayList<>();
                    String json = WireCodec.encode(value, blobs);
                    if (ReplyParts.total(blobs) > ReplyParts.MAX_TEXT_BLOB_BYTES) {
                        StringBuilder lengths = new StringBuilder();
                        for (byte[] b : blobs) {
                            lengths.append(lengths.length() == 0 ? "" : ",").append(b.length);
                        }
                        reply = "p" + parts.park(blobs) + ":" + lengths + ":" + json;
                    }
                }
            } catch (RuntimeException e) {
                error("Error: " + e.getMessage());
                return;
            }
            callback.success(WireCodec.jniSafe(reply));
        }

        @Override
        public void error(String errorText) {
            callback.success(WireCodec.jniSafe("e" + errorText));
        }
    }
}
