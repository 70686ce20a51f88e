package cefshell.internal.ipc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

/**
 * The transports that ride on the app scheme, served under {@code /__cefshell/} of every app host:
 * <ul>
 * <li>{@code ipc}: a binary frame (see {@link Envelope}) POSTed with {@code fetch}, for messages carrying binary data
 * or large values; an invoke is answered with a binary frame {@code {"b":[...],"r":value}} or {@code {"e":text}};
 * <li>{@code sync}: a text envelope POSTed with a synchronous XHR by {@code sendSync} when the prompt transport
 * cannot take it; answered with the encoded return value as text;
 * <li>{@code sync-result?<token>}: GET, a large sendSync reply that the prompt transport parked in
 * {@link SyncResults};
 * <li>{@code part?<token>.<i>.<n>}: GET, a byte range of the blobs of a large invoke reply ({@link ReplyParts}):
 * such a reply's frame carries {@code "p":"<token>"} instead of its blobs.
 * </ul>
 * Requests arrive on CEF's IO thread; the response is completed later (asynchronously), from the lane.
 */
public final class SchemeTransport {
    private enum Kind { BINARY, SYNC, SYNC_RESULT, PART }

    private final Pages pages;
    private final IpcDispatcher dispatcher;
    private final SyncResults results;
    private final ReplyParts parts;

    public SchemeTransport(Pages pages, IpcDispatcher dispatcher, SyncResults results, ReplyParts parts) {
        this.pages = pages;
        this.dispatcher = dispatcher;
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
            String refusal = from == null ? "IPC refused: no frame" : Admission.refusal(page, from);
            if (refusal != null) {
                complete(403, "text/plain", refusal.getBytes(StandardCharsets.UTF_8));
                return;
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
            String head = sync ? new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8) : frameHead();
            String docId = head == null ? null : Admission.peekDocId(head);
            FrameLane lane = docId == null ? null : page.lane(from.frameId(), docId);
            if (lane == null || !method.equals("POST")) {
                complete(400, "text/plain", "malformed IPC message".getBytes(StandardCharsets.UTF_8));
                return;
            }
            page.documents().remember(docId, from);
            lane.arrive(new FrameLane.Arrival() {
                @Override
                public Envelope parse() {
                    return sync ? Envelope.parseText(new String(body, StandardCharsets.UTF_8)) : Envelope.parseFrame(body);
                }

                @Override
                public void refuse(String reason) {
                    complete(400, "text/plain", ("malformed IPC message: " + reason).getBytes(StandardCharsets.UTF_8));
                }

                @Override
                public void deliver(IncomingMessage m, int index, int count) {
                    boolean last = index == count - 1;
                    boolean answers = last && (m.kind() == MessageKind.INVOKE || m.kind() == MessageKind.SYNC);
                    dispatcher.dispatch(page, from, m, answers ? (sync ? new SyncReply() : new FrameReply()) : Reply.NONE);
                    if (last && !answers) {
                        complete(204, "text/plain", new byte[0]);
                    }
                }
            });
        }

        /** The start of a binary frame's header, enough to find the document id. */
        private String frameHead() {
            if (body.length < 4) {
                return null;
            }
            int n = ByteBuffer.wrap(body, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (n < 0 || n > body.length - 4) {
                return null;
            }
            // "b" (blob lengths) comes first, so look a little further than for text
            return new String(body, 4, Math.min(n, 8192), StandardCharsets.UTF_8);
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

        /** Answers an invoke with a binary frame. */
        private final class FrameReply implements Reply {
            @Override
            public void result(Object value) {
                List<byte[]> blobs = new ArrayList<>();
                String json;
                try {
                    json = WireCodec.encode(value, blobs);
                } catch (RuntimeException e) {
                    error("Error: " + e.getMessage());
                    return;
                }
                if (ReplyParts.total(blobs) >= ReplyParts.MIN_BYTES) {
                    String token = parts.park(blobs);
                    complete(200, "application/octet-stream", frame("\"r\":" + json + ",\"p\":\"" + token + "\"", blobs)[0]);
                } else {
                    complete(200, "application/octet-stream", frame("\"r\":" + json, blobs));
                }
            }

            @Override
            public void error(String errorText) {
                complete(200, "application/octet-stream", frame("\"e\":" + WireCodec.jsonString(errorText), List.of()));
            }
        }

        /** Answers a sendSync with text. */
        private final class SyncReply implements Reply {
            @Override
            public void result(Object value) {
                String text = WireCodec.encodeSyncReply(value);
                complete(200, "text/plain", text.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void error(String errorText) {
                result(Map.of("error", errorText));
            }
        }
    }

    /** A binary frame as segments: the length-prefixed header, then the blobs themselves (not copied). */
    static byte[][] frame(String members, List<byte[]> blobs) {
        StringBuilder header = new StringBuilder("{\"b\":[");
        for (int i = 0; i < blobs.size(); i++) {
            header.append(i == 0 ? "" : ",").append(blobs.get(i).length);
        }
        header.append("],").append(members).append('}');
        byte[] h = header.toString().getBytes(StandardCharsets.UTF_8);
        long total = 4L + h.length;
        for (byte[] b : blobs) {
            total += b.length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("IPC reply too large: " + total + " bytes");
        }
        byte[][] segments = new byte[1 + blobs.size()][];
        segments[0] = ByteBuffer.allocate(4 + h.length).order(ByteOrder.LITTLE_ENDIAN).putInt(h.length).put(h).array();
        for (int i = 0; i < blobs.size(); i++) {
            segments[1 + i] = blobs.get(i);
        }
        return segments;
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
