package cefshell.internal.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cef.callback.CefCallback;
import org.cef.handler.CefResourceHandlerAdapter;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.CefRequest;
import org.cef.network.CefResponse;

/** Streams one file from an app folder, so large assets are never held in memory whole. */
final class FileResponse extends CefResourceHandlerAdapter {
    private final Path file;
    private final String mimeType;
    private InputStream in;
    private long length;

    FileResponse(Path file) {
        this.file = file;
        this.mimeType = MimeTypes.forFileName(file.getFileName().toString());
    }

    @Override
    public boolean processRequest(CefRequest request, CefCallback callback) {
        try {
            length = Files.size(file);
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return false; // CEF answers with a network error
        }
        callback.Continue();
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
    public boolean readResponse(byte[] out, int bytesToRead, IntRef bytesRead, CefCallback callback) {
        try {
            int n = in.read(out, 0, bytesToRead);
            if (n <= 0) {
                bytesRead.set(0);
                in.close();
                return false;
            }
            bytesRead.set(n);
            return true;
        } catch (IOException e) {
            bytesRead.set(0);
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
