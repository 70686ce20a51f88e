package cefshell.internal.ipc.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefCallback;
import org.cef.callback.CefResourceReadCallback;
import org.cef.handler.CefResourceHandler;
import org.cef.handler.CefResourceHandlerAdapter;
import org.cef.misc.BoolRef;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.CefPostData;
import org.cef.network.CefPostDataElement;
import org.cef.network.CefRequest;
import org.cef.network.CefResponse;

import cefshell.internal.codec.EncodedMessage;
import cefshell.internal.codec.ValueEncoder;
import cefshell.internal.ipc.FrameRef;
import cefshell.internal.ipc.Inbound;
import cefshell.internal.ipc.PageIpc;
import cefshell.internal.ipc.Pages;
import cefshell.internal.ipc.Refusal;
import cefshell.internal.ipc.Replies;
import cefshell.internal.ipc.Responder;
import cefshell.internal.ipc.TransportKind;

/**
 * The transports that ride on the app scheme, served under {@code /__cefshell/} of every app host:
 * <ul>
 * <li>{@code ipc}: a binary frame (docs/wire-format.md) POSTed with {@code fetch}, for messages carrying binary data
 * or large values; an invoke is answered with a binary frame {@code {"b":[...],"r":value}} or {@code {"e":text}};
 * <li>{@code sync}: a text envelope POSTed with a synchronous XHR by {@code sendSync} when the prompt transport
 * cannot take it; answered with the encoded return value as text;
 * <li>{@code sync-result?<token>}: GET, a large sendSync reply that the prompt transport parked in
 * {@link SyncResults};
 * <li>{@code part?<token>.<i>.<n>}: GET, a byte range of the blobs of a large invoke reply ({@link ReplyParts}):
 * such a reply's frame carries {@code "p":"<token>"} instead of its blobs.
 * </ul>
 * Requests arrive on CEF's IO thread and go to {@link Inbound}; the response is completed later (asynchronously).
 */
public final class SchemeTransport {
    private enum Kind { BINARY, SYNC, SYNC_RESULT, PART }

    private final Pages pages;
    private final Inbound inbound;
    private final SyncResults results;
    private final ReplyParts parts;

    public SchemeTransport(Pages pages, Inbound inbound, SyncResults results, ReplyParts parts) {
        this.pages = pages;
        this.inbound = inbound;
        this.results = results;
        this.parts = parts;
    }

    public CefResourceHandler binary(CefBrowser browser, CefFrame frame, CefRequest request) {
        return new Exchange(pages.of(browser), frame == null ? null : FrameRef.of(frame), request, Kind.BINARY);
    }

    public CefResourceHandler sync(CefBrowser browser, CefFrame frame, CefRequest request) {
        return new Exchange(pages.of(browser), frame == null ? null : FrameRef.of(frame), request, Kind.SYNC);
    }

    public CefResourceHandler part(CefBrowser browser, CefFrame frame, CefRequest request) {
        return new Exchange(pages.of(browser), frame == null ? null : FrameRef.of(frame), request, Kind.PART);
    }

    public CefResourceHandler syncResult(CefBrowser browser, CefFrame frame, CefRequest request) {
        return new Exchange(pages.of(browser), frame == null ? null : FrameRef.of(frame), request, Kind.SYNC_RESULT);
    }

    /** One request and its (asynchronous) response. */
    private final class Exchange extends CefResourceHandlerAdapter {
        private final PageIpc page;
        private final FrameRef from;
        private final Kind kind;
        private final boolean sync;
        private final String url;
        private final byte[] body;
        private final String method;
        private final String requestOrigin;
        private CefCallback ready;   // set when open() returned without a response yet
        private boolean opened;
        private int status;
        private String mime = "application/octet-stream";
        private SegmentedBody response;

        Exchange(PageIpc page, FrameRef from, CefRequest request, Kind kind) {
            this.page = page;
            this.kind = kind;
            this.sync = kind == Kind.SYNC;
            this.url = request.getURL();
            this.method = request.getMethod();
            this.requestOrigin = request.getHeaderByName("Origin");
            this.from = from == null ? null : from.committedOr(requestOrigin);
            this.body = method.equals("POST") ? postBody(request) : new byte[0];
        }

        // CEF's newer open/read interface, not processRequest/readResponse: JCEF's adapter runs the older one through
        // an extra wrapper, measured 91-166 ms against 66-68 ms for streaming 10 MiB.
        @Override
        public boolean open(CefRequest request, BoolRef handleRequest, CefCallback callback) {
            start();
            synchronized (this) {
                if (response != null) {
                    handleRequest.set(true); // answered already: go on at once
                } else {
                    handleRequest.set(false); // complete() continues the callback later
                    ready = callback;
                    opened = true;
                }
            }
            return true;
        }

        private void start() {
            if (method.equals("OPTIONS")) {
                complete(204, "text/plain", new byte[0]); // CORS preflight from a trusted non-app origin
                return;
            }
            if (kind == Kind.PART || kind == Kind.SYNC_RESULT) {
                if (from == null || page == null || !page.trusts(from.origin())) {
                    complete(403, "text/plain", "IPC refused".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            if (kind == Kind.PART) {
                int q = url.indexOf('?');
                SegmentedBody part = method.equals("GET") && q > 0 ? parts.take(url.substring(q + 1)) : null;
                if (part == null) {
                    complete(404, "text/plain", "reply part expired".getBytes(StandardCharsets.UTF_8));
                } else {
                    complete(200, "application/octet-stream", part);
                }
                return;
            }
            if (kind == Kind.SYNC_RESULT) {
                int q = url.indexOf('?');
                String text = method.equals("GET") && q > 0 ? results.take(url.substring(q + 1)) : null;
                if (text == null) {
                    complete(404, "text/plain", "sendSync result expired".getBytes(StandardCharsets.UTF_8));
                } else {
                    complete(200, "text/plain", text.getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            if (!method.equals("POST")) {
                complete(405, "text/plain", "IPC requests are POSTed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Responder responder = sync ? new SyncResponder() : new FrameResponder();
            if (sync) {
                inbound.acceptText(page, from, TransportKind.SYNC_XHR, new String(body, StandardCharsets.UTF_8), responder);
            } else {
                inbound.acceptFrame(page, from, requestOrigin, body, responder);
            }
        }

        private void complete(int status, String mime, byte[]... segments) {
            complete(status, mime, new SegmentedBody(segments));
        }

        private void complete(int status, String mime, SegmentedBody body) {
            CefCallback callback;
            synchronized (this) {
                if (response != null) {
                    return;
                }
                this.status = status;
                this.mime = mime;
                this.response = body;
                callback = opened ? ready : null;
            }
            if (callback != null) {
                callback.Continue();
            }
        }

        @Override
        public void getResponseHeaders(CefResponse resp, IntRef length, StringRef redirectUrl) {
            resp.setStatus(status);
            resp.setMimeType(mime);
            Map<String, String> headers = new HashMap<>();
            headers.put("Cache-Control", "no-store");
            if (requestOrigin != null && page != null && page.trusts(requestOrigin)) {
                headers.put("Access-Control-Allow-Origin", requestOrigin);
                headers.put("Access-Control-Allow-Headers", "Content-Type");
                headers.put("Access-Control-Allow-Methods", "GET, POST");
            }
            resp.setHeaderMap(headers);
            length.set(response.length() > Integer.MAX_VALUE ? -1 : (int) response.length());
        }

        @Override
        public boolean read(byte[] out, int bytesToRead, IntRef bytesRead, CefResourceReadCallback callback) {
            int n = response.read(out, bytesToRead);
            bytesRead.set(n);
            return n > 0;
        }

        private void refused(Refusal refusal) {
            int status = switch (refusal.reason()) {
                case UNTRUSTED -> 403;
                case GONE -> 410;
                default -> 400;
            };
            complete(status, "text/plain", refusal.text().getBytes(StandardCharsets.UTF_8));
        }

        /** Answers a binary frame: a reply frame for an invoke, 204 for sends. */
        private final class FrameResponder implements Responder {
            @Override
            public void value(Object value) {
                EncodedMessage encoded;
                try {
                    encoded = ValueEncoder.encode(value, true);
                } catch (RuntimeException e) {
                    error("Error: " + e.getMessage());
                    return;
                }
                List<byte[]> blobs = new ArrayList<>(encoded.blobs());
                if (ReplyParts.total(blobs) >= ReplyParts.MIN_BYTES) {
                    String token = parts.park(blobs);
                    complete(200, "application/octet-stream", Replies.frame(Replies.frameValue(encoded.json(), token), blobs)[0]);
                } else {
                    complete(200, "application/octet-stream", Replies.frame(Replies.frameValue(encoded.json(), null), blobs));
                }
            }

            @Override
            public void error(String errorText) {
                complete(200, "application/octet-stream", Replies.frame(Replies.frameError(errorText), List.of()));
            }

            @Override
            public void accepted() {
                complete(204, "text/plain", new byte[0]);
            }

            @Override
            public void refused(Refusal refusal) {
                Exchange.this.refused(refusal);
            }
        }

        /** Answers a sendSync's XHR with the value as text. */
        private final class SyncResponder implements Responder {
            @Override
            public void value(Object value) {
                complete(200, "text/plain", Replies.syncValue(value).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void error(String errorText) {
                complete(200, "text/plain", Replies.syncError(errorText).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void accepted() {
                complete(400, "text/plain", "sendSync failed: no sync message in the request".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void refused(Refusal refusal) {
                Exchange.this.refused(refusal);
            }
        }
    }

    private static byte[] postBody(CefRequest request) {
        CefPostData data = request.getPostData();
        if (data == null) {
            return new byte[0];
        }
        Vector<CefPostDataElement> elements = new Vector<>();
        data.getElements(elements);
        if (elements.size() == 1 && elements.get(0).getType() == CefPostDataElement.Type.PDE_TYPE_BYTES) {
            CefPostDataElement e = elements.get(0);
            byte[] b = new byte[e.getBytesCount()];
            e.getBytes(b.length, b);
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (CefPostDataElement e : elements) {
            if (e.getType() == CefPostDataElement.Type.PDE_TYPE_BYTES) {
                byte[] b = new byte[e.getBytesCount()];
                e.getBytes(b.length, b);
                out.writeBytes(b);
            }
        }
        return out.toByteArray();
    }
}
