package cefshell;

/**
 * Answers {@code ipcRenderer.invoke}. The return value (or, for a {@link java.util.concurrent.CompletionStage}, its
 * result) resolves the page's promise; an exception rejects it with
 * {@code Error invoking remote method '<channel>': Error: <message>}. Runs on an IPC thread, like {@link IpcListener}.
 */
@FunctionalInterface
public interface IpcHandler {
    Object handle(IpcMainInvokeEvent event, IpcArgs args) throws Exception;
}
