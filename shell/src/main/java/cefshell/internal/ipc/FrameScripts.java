package cefshell.internal.ipc;

import java.util.concurrent.CompletableFuture;

/**
 * Runs a script in one frame of a page, for {@code WebFrameMain.executeJavaScript}: the browser layer's script
 * runner, reached through this interface because the IPC core does not import it.
 */
public interface FrameScripts {
    CompletableFuture<Object> execute(String frameId, String code);

    FrameScripts NONE = (frameId, code) -> CompletableFuture.failedFuture(new IllegalStateException("no page"));
}
