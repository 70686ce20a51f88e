package cefshell.internal.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.gson.JsonParser;

/**
 * {@code capturePage} for windowed browsers, whose JCEF class cannot take screenshots: the DevTools protocol's
 * {@code Page.captureScreenshot}, which renders the page's viewport itself, so the result does not depend on what
 * covers the panel on screen. The PNG is decoded off CEF's threads.
 */
final class PageCapture {
    static final long TIMEOUT_SECONDS = 10;

    private PageCapture() {
    }

    static CompletableFuture<BufferedImage> viaDevTools(DevTools devTools) {
        CompletableFuture<BufferedImage> result = new EdtSafeFuture<>();
        devTools.callRaw("Page.captureScreenshot", "{\"format\":\"png\"}")
                .thenApplyAsync(PageCapture::decode)
                .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .whenComplete((image, error) -> {
                    if (error != null) {
                        result.completeExceptionally(error instanceof java.util.concurrent.TimeoutException
                                ? new IllegalStateException("capturePage: Chromium produced no frame within "
                                        + TIMEOUT_SECONDS + " s (is the page shown?)", error)
                                : error);
                    } else {
                        result.complete(image);
                    }
                });
        return result;
    }

    private static BufferedImage decode(String devToolsResult) {
        String base64 = JsonParser.parseString(devToolsResult).getAsJsonObject().get("data").getAsString();
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            if (image == null) {
                throw new IllegalStateException("capturePage: Chromium returned an image Java cannot read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
