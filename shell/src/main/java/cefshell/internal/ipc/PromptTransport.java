package cefshell.internal.ipc;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cef.browser.CefBrowser;
import org.cef.callback.CefJSDialogCallback;
import org.cef.handler.CefJSDialogHandlerAdapter;
import org.cef.misc.BoolRef;

/**
 * The fast blocking path for {@code sendSync}: the page calls its own saved reference to {@code window.prompt} with
 * {@link #MARKER} and a text envelope, and CEF's dialog handler answers at once with {@code Continue(true, reply)},
 * no dialog shown. A round trip costs about as much as a cefQuery; a synchronous XHR to the app scheme, the other
 * blocking path, costs several times more (see BENCHMARKS.md).
 *
 * <p>Every dialog without the marker (the page's own {@code alert}, {@code confirm}, {@code prompt}) is left to
 * CEF's default handling, untouched. CEF tells a dialog handler the origin but not the frame, so the frame comes from
 * {@link Documents} (learned from the document's earlier cefQuery traffic; the page prompts only after one of its
 * queries was answered) and must have that origin. Chromium truncates a dialog's text to 10,240 characters and
 * blocks dialogs in cross-origin iframes and sandboxed frames; the page sends larger messages, and everything from
 * such frames, by XHR (see transport.js). A reply above {@link #MAX_REPLY_CHARS} would be slow through the dialog:
 * it is parked in {@link SyncResults} and the page fetches it by XHR.
 *
 * <p>Replies: {@code r} + encoded value, {@code x} + refusal text, {@code l} + token of a parked large reply,
 * {@code f} when the document is not known: the page sends the same message by XHR instead (nothing was delivered).
 */
public final class PromptTransport extends CefJSDialogHandlerAdapter {
    /** Starts every prompt that carries IPC; private-use characters, so no real prompt text starts with it. */
    static final String MARKER = "\uE000cefshell-sync\uE000";
    static final int MAX_REPLY_CHARS = 32 * 1024;

    private final Pages pages;
    private final IpcDispatcher dispatcher;
    private final SyncResults results;

    public PromptTransport(Pages pages, IpcDispatcher dispatcher, SyncResults results) {
        this.pages = pages;
        this.dispatcher = dispatcher;
        this.results = results;
    }

    @Override
    public boolean onJSDialog(CefBrowser browser, String originUrl, JSDialogType type, String message,
                              String defaultPromptText, CefJSDialogCallback callback, BoolRef suppressMessage) {
        if (type != JSDialogType.JSDIALOGTYPE_PROMPT || message == null || !message.startsWith(MARKER)) {
            return false; // the page's own dialog: CEF's default handling
        }
        PromptReply reply = new PromptReply(callback);
        PageIpc page = pages.of(browser);
        String text = message.substring(MARKER.length());
        String docId = Admission.peekDocId(text.length() > 200 ? text.substring(0, 200) : text);
        FrameRef from = page == null || docId == null ? null : page.documents().frameOf(docId);
        // The origin CEF gives can lag behind a navigation (about:blank while the first script of the new document
        // runs): then, as for an unknown document, the page sends the message by XHR, which names the frame.
        if (from == null || !from.origin().equals(FrameRef.originOf(originUrl))) {
            reply.answer("f");
            return true;
        }
        String refusal = Admission.refusal(page, from);
        if (refusal != null) {
            reply.refuse(refusal);
            return true;
        }
        page.lane(from.frameId(), docId).arrive(new FrameLane.Arrival() {
            @Override
            public Envelope parse() {
                return Envelope.parseText(text);
            }

            @Override
            public void refuse(String reason) {
                reply.refuse("malformed IPC message: " + reason);
            }

            @Override
            public void deliver(IncomingMessage m, int index, int count) {
                boolean last = index == count - 1;
                boolean answers = last && m.kind() == MessageKind.SYNC;
                dispatcher.dispatch(page, from, m, answers ? reply : Reply.NONE);
                if (last && !answers) {
                    reply.refuse("sendSync failed: no sync message in the request");
                }
            }
        });
        return true;
    }

    /** Answers one prompt, once. */
    private final class PromptReply implements Reply {
        private final CefJSDialogCallback callback;
        private final AtomicBoolean answered = new AtomicBoolean();

        PromptReply(CefJSDialogCallback callback) {
            this.callback = callback;
        }

        @Override
        public void result(Object value) {
            String text = WireCodec.encodeSyncReply(value);
            answer(text.length() > MAX_REPLY_CHARS ? "l" + results.park(text) : "r" + text);
        }

        @Override
        public void error(String errorText) {
            result(Map.of("error", errorText));
        }

        void refuse(String text) {
            answer("x" + text);
        }

        void answer(String reply) {
            if (answered.compareAndSet(false, true)) {
                callback.Continue(true, WireCodec.jniSafe(reply));
            }
        }
    }
}
