package cefshell.internal.ipc.transport;

import org.cef.browser.CefBrowser;
import org.cef.callback.CefJSDialogCallback;
import org.cef.handler.CefJSDialogHandlerAdapter;
import org.cef.misc.BoolRef;

import cefshell.internal.codec.JsText;
import cefshell.internal.ipc.FrameRef;
import cefshell.internal.ipc.Inbound;
import cefshell.internal.ipc.Pages;
import cefshell.internal.ipc.Refusal;
import cefshell.internal.ipc.Replies;
import cefshell.internal.ipc.Responder;
import cefshell.internal.ipc.WireNames;

/**
 * The fast blocking path for {@code sendSync}: the page calls its own saved reference to {@code window.prompt} with
 * {@link WireNames#PROMPT_MARKER} and a text envelope, and CEF's dialog handler answers with
 * {@code Continue(true, reply)}, no dialog shown. A round trip costs about as much as a cefQuery; a synchronous XHR to
 * the app scheme, the other blocking path, costs several times more (see BENCHMARKS.md).
 *
 * <p>Every dialog without the marker (the page's own {@code alert}, {@code confirm}, {@code prompt}) is left to CEF's
 * default handling, untouched. Chromium truncates a dialog's text to 10,240 characters and blocks dialogs in
 * cross-origin iframes and sandboxed frames; the page sends larger messages, and everything from such frames, by
 * XHR (see transport.js). A reply above {@link #MAX_REPLY_CHARS} would be slow through the dialog: it is parked in
 * {@link SyncResults} and the page fetches it by XHR.
 */
public final class PromptTransport extends CefJSDialogHandlerAdapter {
    static final int MAX_REPLY_CHARS = 32 * 1024;

    private final Pages pages;
    private final Inbound inbound;
    private final SyncResults results;

    public PromptTransport(Pages pages, Inbound inbound, SyncResults results) {
        this.pages = pages;
        this.inbound = inbound;
        this.results = results;
    }

    @Override
    public boolean onJSDialog(CefBrowser browser, String originUrl, JSDialogType type, String message,
                              String defaultPromptText, CefJSDialogCallback callback, BoolRef suppressMessage) {
        if (type != JSDialogType.JSDIALOGTYPE_PROMPT || message == null || !message.startsWith(WireNames.PROMPT_MARKER)) {
            return false; // the page's own dialog: CEF's default handling
        }
        // The origin CEF gives can lag behind a navigation (about:blank while the first script of the new document
        // runs): the document is then unknown at that origin and the page sends the message by XHR, which names it.
        inbound.acceptPrompt(pages.of(browser), FrameRef.originOf(originUrl),
                message.substring(WireNames.PROMPT_MARKER.length()), new PromptResponder(callback, results));
        return true;
    }

    private record PromptResponder(CefJSDialogCallback callback, SyncResults results) implements Responder {
        @Override
        public void value(Object value) {
            String text = Replies.syncValue(value);
            answer(text.length() > MAX_REPLY_CHARS ? Replies.large(results.park(text)) : Replies.value(text));
        }

        @Override
        public void error(String errorText) {
            answer(Replies.value(Replies.syncError(errorText)));
        }

        @Override
        public void accepted() {
            answer(Replies.refused("sendSync failed: no sync message in the request"));
        }

        @Override
        public void refused(Refusal refusal) {
            answer(refusal.reason() == Refusal.Reason.UNKNOWN_DOCUMENT
                    ? Replies.resend() : Replies.refused(refusal.text()));
        }

        private void answer(String reply) {
            callback.Continue(true, JsText.jniSafe(reply));
        }
    }
}
