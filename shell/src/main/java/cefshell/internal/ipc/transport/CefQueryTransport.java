package cefshell.internal.ipc.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefMessageRouterHandlerAdapter;

import cefshell.internal.codec.JsText;
import cefshell.internal.codec.ValueEncoder;
import cefshell.internal.ipc.FrameRef;
import cefshell.internal.ipc.Inbound;
import cefshell.internal.ipc.PageIpc;
import cefshell.internal.ipc.Refusal;
import cefshell.internal.ipc.Replies;
import cefshell.internal.ipc.Responder;
import cefshell.internal.ipc.TransportKind;

/**
 * The text transport of one page: {@code window.cefQuery} requests. Each page's client has its own router and its
 * own instance of this handler, so a query is attributed to its page without a lookup. {@code onQuery} runs on CEF's
 * UI thread: it captures the frame and hands the text to {@link Inbound}, nothing more. Every query is answered:
 * {@code ""} when taken, the invoke's reply ({@link Replies}) when the batch ends with an invoke, a failure with
 * status 403 (untrusted) or 400 (malformed) when refused.
 */
public final class CefQueryTransport extends CefMessageRouterHandlerAdapter {
    static final int REFUSED = 403;
    static final int MALFORMED = 400;
    static final int GONE = 410;

    private static final String PULL = "{\"w\"";

    private final PageIpc page;
    private final Inbound inbound;
    private final ReplyParts parts;
    /** Pulls still waiting, by query id, so a cancelled one (its document went away) is known to be closed. */
    private final Map<Long, QueryResponder> waitingPulls = new ConcurrentHashMap<>();

    public CefQueryTransport(PageIpc page, Inbound inbound, ReplyParts parts) {
        this.page = page;
        this.inbound = inbound;
        this.parts = parts;
    }

    @Override
    public boolean onQuery(CefBrowser browser, CefFrame frame, long queryId, String request, boolean persistent,
                           CefQueryCallback callback) {
        QueryResponder responder = new QueryResponder(callback, parts, queryId, waitingPulls);
        if (request != null && request.startsWith(PULL)) {
            waitingPulls.put(queryId, responder);
        }
        inbound.acceptText(page, FrameRef.of(frame), TransportKind.QUERY, request, responder);
        return true;
    }

    @Override
    public void onQueryCanceled(CefBrowser browser, CefFrame frame, long queryId) {
        QueryResponder pull = waitingPulls.remove(queryId);
        if (pull != null) {
            pull.cancelled = true;
        }
    }

    /** Answers through the query; a value with much binary data is parked in {@link ReplyParts} for the page to fetch. */
    private static final class QueryResponder implements Responder {
        private final CefQueryCallback callback;
        private final ReplyParts parts;
        private final long queryId;
        private final Map<Long, QueryResponder> waitingPulls;
        volatile boolean cancelled;

        QueryResponder(CefQueryCallback callback, ReplyParts parts, long queryId, Map<Long, QueryResponder> waitingPulls) {
            this.callback = callback;
            this.parts = parts;
            this.queryId = queryId;
            this.waitingPulls = waitingPulls;
        }

        @Override
        public void batch(String items) {
            waitingPulls.remove(queryId);
            callback.success(JsText.jniSafe(Replies.batch(items)));
        }

        @Override
        public boolean carriesBatches() {
            return true;
        }

        @Override
        public boolean isOpen() {
            return !cancelled;
        }

        @Override
        public void value(Object value) {
            String reply;
            try {
                reply = Replies.value(ValueEncoder.encodeText(value));
                if (reply.length() > ReplyParts.MIN_TEXT_CHARS) {
                    var encoded = ValueEncoder.encode(value, true);
                    List<byte[]> blobs = new ArrayList<>(encoded.blobs());
                    if (ReplyParts.total(blobs) > ReplyParts.MAX_TEXT_BLOB_BYTES) {
                        reply = Replies.parts(parts.park(blobs), blobs, encoded.json());
                    }
                }
            } catch (RuntimeException e) {
                error("Error: " + e.getMessage());
                return;
            }
            callback.success(JsText.jniSafe(reply));
        }

        @Override
        public void error(String errorText) {
            callback.success(JsText.jniSafe(Replies.error(errorText)));
        }

        @Override
        public void accepted() {
            callback.success("");
        }

        @Override
        public void refused(Refusal refusal) {
            waitingPulls.remove(queryId);
            int code = switch (refusal.reason()) {
                case UNTRUSTED -> REFUSED;
                case GONE -> GONE;
                default -> MALFORMED;
            };
            callback.failure(code, JsText.jniSafe(refusal.text()));
        }
    }
}
