package cefshell.internal.scheme;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cef.callback.CefCallback;
import org.cef.callback.CefResourceReadCallback;
import org.cef.handler.CefResourceHandlerAdapter;
import org.cef.misc.BoolRef;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.CefRequest;
import org.cef.network.CefResponse;

/**
 * A complete in-memory response: status, type, headers and body.
 *
 * <p>Through CEF's {@code open}/{@code read} interface, not the older {@code processRequest}/{@code readResponse}: for a
 * handler with only the older methods, CEF still calls {@code open} and each {@code read} first (JCEF's adapter
 * answers "not here") and then the older method, on its IO thread. Each call into Java from a CEF thread that is not
 * attached to the JVM makes and ends a Java thread and takes a fresh allocation buffer; the older way cost a page's
 * first document and preload more of those calls, and hops between CEF's threads, on the way to its first script
 * (BENCHMARKS.md, "Start-up").
 */
public class BytesResponse extends CefResourceHandlerAdapter {
    private final int status;
    private final String mimeType;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private int offset;

    public BytesResponse(int status, String mimeType, byte[] body) {
        this.status = status;
        this.mimeType = mimeType;
        this.body = body;
    }

    /** A plain-text error page such as 404. */
    public static BytesResponse text(int status, String message) {
        return new BytesResponse(status, "text/plain", message.getBytes(StandardCharsets.UTF_8));
    }

    public BytesResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    @Override
    public boolean open(CefRequest request, BoolRef handleRequest, CefCallback callback) {
        handleRequest.set(true); // the whole response is here: go on at once
        return true;
    }

    @Override
    public void getResponseHeaders(CefResponse response, IntRef responseLength, StringRef redirectUrl) {
        response.setStatus(status);
        response.setStatusText(StatusTexts.of(status));
        response.setMimeType(mimeType);
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", MimeTypes.contentType(mimeType));
        all.putIfAbsent("Cache-Control", "no-cache");
        response.setHeaderMap(all);
        responseLength.set(body.length);
    }

    @Override
    public boolean read(byte[] out, int bytesToRead, IntRef bytesRead, CefResourceReadCallback callback) {
        if (offset >= body.length) {
            bytesRead.set(0);
            body = null;
            return false;
        }
        int n = Math.min(bytesToRead, body.length - offset);
        System.arraycopy(body, offset, out, 0, n);
        offset += n;
        bytesRead.set(n);
        return true;
    }
}
