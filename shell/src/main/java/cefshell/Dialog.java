package cefshell;

import java.awt.Component;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import cefshell.internal.browser.EdtSafeFuture;
import cefshell.internal.ui.FileDialogs;
import cefshell.internal.ui.MessageBoxes;

/**
 * Native-looking dialogs (Electron's {@code dialog}): choose files to open, a file to save, ask with buttons, report
 * an error. Swing dialogs in the current look and feel.
 *
 * <pre>{@code
 * ipcMain.handle("dialog:openFile", (event, args) ->
 *         Dialog.showOpenDialog(BrowserWindow.fromWebContents(event.sender()), OpenDialogOptions.defaults())
 *               .thenApply(r -> r.canceled() ? null : r.filePaths().get(0).toString()));
 * }</pre>
 *
 * <p><b>Modality.</b> Given a parent ({@link BrowserWindow}, or any Swing component: its window is used), the dialog
 * is modal to that window only: the window takes no input until the dialog closes, other windows stay usable.
 * Without a parent it blocks no window.
 *
 * <p><b>Threads.</b> Every method may be called from any thread (an IPC handler, the EDT, a listener) and returns
 * at once; the dialog is shown on the EDT. The future completes when the user answers, never on the EDT (so
 * {@code thenApply} stages do not freeze Swing) and never on a cefshell thread. Waiting for it with {@code get} or
 * {@code join} is allowed anywhere, also on the EDT (events keep being dispatched meanwhile) and in an IPC handler
 * (return the future instead, to keep the page's other messages flowing).
 */
public final class Dialog {
    private Dialog() {
    }

    /** An open dialog blocking no window. */
    public static CompletableFuture<OpenDialogResult> showOpenDialog(OpenDialogOptions options) {
        return showOpenDialog((Component) null, options);
    }

    /** An open dialog modal to {@code window}; null for none. */
    public static CompletableFuture<OpenDialogResult> showOpenDialog(BrowserWindow window, OpenDialogOptions options) {
        return showOpenDialog(frameOf(window), options);
    }

    /** An open dialog modal to the window of {@code parent} (e.g. a {@link BrowserPanel}); null for none. */
    public static CompletableFuture<OpenDialogResult> showOpenDialog(Component parent, OpenDialogOptions options) {
        Objects.requireNonNull(options, "options == null");
        CompletableFuture<OpenDialogResult> result = new EdtSafeFuture<>();
        FileDialogs.showOpen(parent, options, result);
        return result;
    }

    /** A save dialog blocking no window. */
    public static CompletableFuture<SaveDialogResult> showSaveDialog(SaveDialogOptions options) {
        return showSaveDialog((Component) null, options);
    }

    /** A save dialog modal to {@code window}; null for none. */
    public static CompletableFuture<SaveDialogResult> showSaveDialog(BrowserWindow window, SaveDialogOptions options) {
        return showSaveDialog(frameOf(window), options);
    }

    /** A save dialog modal to the window of {@code parent}; null for none. */
    public static CompletableFuture<SaveDialogResult> showSaveDialog(Component parent, SaveDialogOptions options) {
        Objects.requireNonNull(options, "options == null");
        CompletableFuture<SaveDialogResult> result = new EdtSafeFuture<>();
        FileDialogs.showSave(parent, options, result);
        return result;
    }

    /** A message box blocking no window. */
    public static CompletableFuture<MessageBoxResult> showMessageBox(MessageBoxOptions options) {
        return showMessageBox((Component) null, options);
    }

    /** A message box modal to {@code window}; null for none. */
    public static CompletableFuture<MessageBoxResult> showMessageBox(BrowserWindow window, MessageBoxOptions options) {
        return showMessageBox(frameOf(window), options);
    }

    /** A message box modal to the window of {@code parent}; null for none. */
    public static CompletableFuture<MessageBoxResult> showMessageBox(Component parent, MessageBoxOptions options) {
        Objects.requireNonNull(options, "options == null");
        CompletableFuture<MessageBoxResult> result = new EdtSafeFuture<>();
        MessageBoxes.show(parent, options, result);
        return result;
    }

    /**
     * An error box with an OK button (Electron's {@code dialog.showErrorBox}); the future completes when it is
     * closed.
     */
    public static CompletableFuture<Void> showErrorBox(String title, String content) {
        MessageBoxOptions options = MessageBoxOptions.builder(Objects.requireNonNull(content, "content == null"))
                .type(MessageBoxOptions.Type.ERROR).title(title).build();
        return showMessageBox(options).thenApply(r -> null);
    }

    private static Component frameOf(BrowserWindow window) {
        return window == null ? null : window.frame();
    }
}
