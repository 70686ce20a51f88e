package cefshell.internal.scheme;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cef.callback.CefCallback;
import org.cef.handler.CefResourceHandlerAdapter;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.CefRequest;
import org.cef.network.CefResponse;

/** A complete in-memory response: status, type, headers and body. Runs on CEF's IO thread. */
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
    public boolean processRequest(CefRequest request, CefCallback callback) {
        callback.Continue();
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
    public boolean readResponse(byte[] out, int bytesToRead, IntRef bytesRead, CefCallback callback) {
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
