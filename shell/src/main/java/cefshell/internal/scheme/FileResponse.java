package cefshell.internal.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Streams one file from an app folder, so large assets are never held in memory whole. Through CEF's
 * {@code open}/{@code read} interface, which CEF calls on a thread of its pool where blocking file reads belong (see
 * {@link BytesResponse} for what the older interface costs).
 */
final class FileResponse extends CefResourceHandlerAdapter {
    /** Chromium's net::ERR_FAILED, for a read that failed. */
    private static final int ERR_FAILED = -2;
    private final Path file;
    private final String mimeType;
    private InputStream in;
    private long length;

    FileResponse(Path file) {
        this.file = file;
        this.mimeType = MimeTypes.forFileName(file.getFileName().toString());
    }

    @Override
    public boolean open(CefRequest request, BoolRef handleRequest, CefCallback callback) {
        handleRequest.set(true);
        try {
            length = Files.size(file);
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return false; // cancelled: CEF answers with a network error
        }
        return true;
    }

    @Override
    public void getResponseHeaders(CefResponse response, IntRef responseLength, StringRef redirectUrl) {
        response.setStatus(200);
        response.setStatusText("OK");
        response.setMimeType(mimeType);
        response.setHeaderMap(Map.of(
                "Content-Type", MimeTypes.contentType(mimeType),
                "Cache-Control", "no-cache"));
        responseLength.set(length > Integer.MAX_VALUE ? -1 : (int) length);
    }

    @Override
    public boolean read(byte[] out, int bytesToRead, IntRef bytesRead, CefResourceReadCallback callback) {
        try {
            int n = in.readNBytes(out, 0, bytesToRead); // a short read would cost CEF one more call
            if (n <= 0) {
                bytesRead.set(0); // complete
                in.close();
                return false;
            }
            bytesRead.set(n);
            return true;
        } catch (IOException e) {
            bytesRead.set(ERR_FAILED);
            return false;
        }
    }

    @Override
    public void cancel() {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
