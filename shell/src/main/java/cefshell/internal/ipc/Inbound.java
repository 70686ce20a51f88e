package cefshell.internal.ipc;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one intake of renderer-to-main requests. Every transport hands its request here, on its own thread, and this
 * does the rest the same way for all: admission (is the frame's origin trusted by its page), the request's head and
 * document id, the document's lane, and then, in order on the lane, the strict parse, the transport's rules and the
 * dispatch to user code. Whatever is refused is answered through the transport's {@link Responder}, counted and
 * logged sparingly ({@link RefusalLog}), and never reaches a handler.
 *
 * <p>A sendSync is answered within the shell's sendSync timeout, counted from its arrival, whatever its listeners or
 * the messages queued before it do: with {@code {error: 'reply was never sent'}} when nobody answered in time.
 */
public final class Inbound {
    private final IpcDispatcher dispatcher;
    private final long syncTimeoutMillis;
    private final RefusalLog refusals = new RefusalLog(PageIpc::log);
    private volatile IpcTrace trace = IpcTrace.OFF;
    private volatile SocketTickets sockets = SocketTickets.NONE;

    public Inbound(IpcDispatcher dispatcher, long syncTimeoutMillis) {
        this.dispatcher = dispatcher;
        this.syncTimeoutMillis = syncTimeoutMillis;
    }

    /** A text request (cefQuery, sync XHR) from the frame CEF named. */
    public void acceptText(PageIpc page, FrameRef from, TransportKind via, String text, Responder responder) {
        StageClock.Stamps stamps = StageClock.start();
        Responder once = new OnceResponder(responder);
        if (!admitted(page, from, text != null && text.startsWith("{\"h\""), once)) {
            return;
        }
        RequestHead head = text == null ? null : RequestHead.ofText(text);
        if (head == null || head.type() != RequestHead.Type.ENVELOPE && via != TransportKind.QUERY) {
            refuse(page, from, Refusal.malformed("not a cefshell request"), once);
            return;
        }
        switch (head.type()) {
            case HELLO -> hello(page, from, text, once);
            case PULL -> pull(page, from, text, once);
            case SCRIPT_RESULT -> IpcThreads.HANDLERS.execute(() -> scriptResult(page, from, text, once));
            case TICKET -> IpcThreads.HANDLERS.execute(() -> ticket(page, from, text, once));
            case ENVELOPE -> envelope(page, from, null, via, head.docId(), text.length(),
                    () -> EnvelopeParser.parseText(text), once, stamps);
        }
    }

    /**
     * A binary frame POSTed to the app scheme; {@code requestOrigin} is Chromium's {@code Origin} header of the
     * request (it names the sending document's origin even when CEF already names its successor's frame).
     */
    public void acceptFrame(PageIpc page, FrameRef from, String requestOrigin, byte[] frame, Responder responder) {
        Responder once = new OnceResponder(responder);
        if (!admitted(page, from, false, once)) {
            return;
        }
        RequestHead head = RequestHead.ofFrameHeader(FrameHead.of(frame));
        if (head == null) {
            refuse(page, from, Refusal.malformed("not a cefshell frame"), once);
            return;
        }
        envelope(page, from, requestOrigin, TransportKind.FRAME, head.docId(), frame.length,
                () -> EnvelopeParser.parseFrame(frame), once, null);
    }

    /**
     * A sendSync through the prompt. CEF tells a dialog handler the origin but not the frame, so the frame is the one
     * the document was seen in on a transport that names it, and must have that origin; otherwise the page is told
     * to send the message by XHR instead ({@link Refusal.Reason#UNKNOWN_DOCUMENT}).
     */
    public void acceptPrompt(PageIpc page, String origin, String text, Responder responder) {
        StageClock.Stamps stamps = StageClock.start();
        Responder once = new OnceResponder(responder);
        RequestHead head = page == null ? null : RequestHead.ofText(text);
        FrameRef from = head == null || head.type() != RequestHead.Type.ENVELOPE
                ? null : page.documents().frameOf(head.docId());
        if (from == null || !from.origin().equals(origin)) {
            once.refused(new Refusal(Refusal.Reason.UNKNOWN_DOCUMENT, "unknown document"));
            return;
        }
        if (!admitted(page, from, false, once)) {
            return;
        }
        envelope(page, from, null, TransportKind.PROMPT, head.docId(), text.length(),
                () -> EnvelopeParser.parseText(text), once, stamps);
    }

    /** Where documents get their socket tickets; set once by the shell. */
    public void useSockets(SocketTickets tickets) {
        this.sockets = java.util.Objects.requireNonNull(tickets, "tickets == null");
    }

    /**
     * A binary frame over a document's socket, whose header and blobs came as separate messages. {@code from} and
     * {@code docId} are what the socket's ticket was issued to (by cefQuery, which Chromium attributes), never what
     * the frame says: a frame naming another document is refused.
     */
    public void acceptSocket(PageIpc page, FrameRef from, String docId, String header, java.util.List<byte[]> blobs,
                             Responder responder) {
        Responder once = new OnceResponder(responder);
        if (!admitted(page, from, false, once)) {
            return;
        }
        RequestHead head = RequestHead.ofFrameHeader(header.length() > RequestHead.MAX_HEAD_CHARS
                ? header.substring(0, RequestHead.MAX_HEAD_CHARS) : header);
        if (head == null || !head.docId().equals(docId)) {
            refuse(page, from, Refusal.malformed(head == null ? "not a cefshell frame"
                    : "the frame names another document than its socket's"), once);
            return;
        }
        long size = header.length();
        for (byte[] b : blobs) {
            size += b.length;
        }
        envelope(page, from, null, TransportKind.SOCKET, docId, (int) Math.min(size, Integer.MAX_VALUE),
                () -> EnvelopeParser.parseFrame(header, blobs), once, null);
    }

    /**
     * A socket connection refused before any request (no valid ticket, a wrong {@code Origin} or {@code Host}...):
     * counted and logged with the other refusals. {@code page} and {@code frame} are null when no ticket named them.
     */
    public void refusedConnection(PageIpc page, FrameRef frame, String origin, String why) {
        refusals.refused(page == null ? 0 : page.webContents().id(), Refusal.untrusted("IPC socket refused: " + why),
                origin == null ? "?" : origin, frame == null ? null : frame.url());
    }

    /** Shows each message and how it ended to {@code trace} (the IPC inspector); {@link IpcTrace#OFF} to stop. */
    public void trace(IpcTrace trace) {
        this.trace = java.util.Objects.requireNonNull(trace, "trace == null");
    }

    /** Refusals counted since start (all pages). */
    public long refusedCount() {
        return refusals.total();
    }

    private boolean admitted(PageIpc page, FrameRef from, boolean quiet, Responder responder) {
        if (page == null || from == null) {
            responder.refused(Refusal.untrusted("IPC refused: this browser is not managed by cefshell"));
            return false;
        }
        if (page.trusts(from.origin())) {
            return true;
        }
        Refusal r = Refusal.untrusted("IPC refused: origin '" + from.origin() + "' is not trusted by WebContents #"
                + page.webContents().id() + " (trusted: " + page.trustedOrigins() + ")");
        if (quiet) { // every document says hello: an untrusted one is not worth a log line
            responder.refused(r);
        } else {
            refuse(page, from, r, responder);
        }
        return false;
    }

    private void refuse(PageIpc page, FrameRef from, Refusal refusal, Responder responder) {
        refusals.refused(page == null ? 0 : page.webContents().id(), refusal,
                from == null ? "?" : from.origin(), from == null ? null : from.url());
        responder.refused(refusal);
    }

    private void hello(PageIpc page, FrameRef from, String text, Responder responder) {
        String doc;
        try {
            doc = EnvelopeParser.parseHello(text);
        } catch (MalformedMessageException e) {
            refuse(page, from, Refusal.malformed(e.getMessage()), responder);
            return;
        }
        if (!page.documents().remember(doc, from)) {
            refuse(page, from, Refusal.malformed("document id already used by another frame"), responder);
            return;
        }
        responder.accepted();
    }

    /** A document asking for messages from Java (context isolation, where Java cannot call into its world). */
    private void pull(PageIpc page, FrameRef from, String text, Responder responder) {
        String doc;
        try {
            doc = EnvelopeParser.parsePull(text);
        } catch (MalformedMessageException e) {
            refuse(page, from, Refusal.malformed(e.getMessage()), responder);
            return;
        }
        if (!page.documents().remember(doc, from)) {
            refuse(page, from, Refusal.malformed("document id already used by another frame"), responder);
            return;
        }
        page.push().pull(from, responder);
    }

    /** A document asking for a socket ticket: bound to the frame CEF named and the document it now belongs to. */
    private void ticket(PageIpc page, FrameRef from, String text, Responder responder) {
        EnvelopeParser.TicketRequest r;
        try {
            r = EnvelopeParser.parseTicket(text);
        } catch (MalformedMessageException e) {
            refuse(page, from, Refusal.malformed(e.getMessage()), responder);
            return;
        }
        FrameRef frame = page.documents().claim(r.docId(), from, null);
        if (frame == null || !frame.frameId().equals(from.frameId())) { // a ticket only for the document's own frame
            refuse(page, from, Refusal.malformed("document id already used by another frame"), responder);
            return;
        }
        Object ticket = sockets.issue(page, frame, r.docId(), r.nonce());
        if (ticket == null) {
            responder.error("Error: the IPC socket is not available");
        } else {
            responder.value(ticket);
        }
    }

    // Not on the lane: a handler holding this document's lane may be waiting for the result.
    private void scriptResult(PageIpc page, FrameRef from, String text, Responder responder) {
        EnvelopeParser.ScriptResult r;
        try {
            r = EnvelopeParser.parseScriptResult(text);
        } catch (MalformedMessageException e) {
            refuse(page, from, Refusal.malformed(e.getMessage()), responder);
            return;
        }
        responder.accepted();
        page.scriptResults().complete(r.id(), r.ok(), r.value()); // from whichever frame ran it (WebFrameMain's)
    }

    private void envelope(PageIpc page, FrameRef claimedFrom, String requestOrigin, TransportKind via, String docId,
                          int size, Supplier<Envelope> parse, Responder responder, StageClock.Stamps stamps) {
        FrameRef from = page.documents().claim(docId, claimedFrom, requestOrigin);
        if (from == null) {
            refuse(page, claimedFrom, Refusal.malformed("document id already used by a frame of another origin"), responder);
            return;
        }
        // While tracing, a sendSync's timer and its lane meet here; whichever comes second reports the timeout.
        var tracedSync = trace != IpcTrace.OFF && via.answersSync()
                ? new java.util.concurrent.atomic.AtomicReference<TracedReply>() : null;
        ScheduledFuture<?> syncTimer = via.answersSync() ? IpcThreads.TIMER.schedule(() -> {
            if (responder.isOpen()) {
                TracedReply traced = tracedSync == null ? null : tracedSync.getAndSet(TracedReply.TIMED_OUT);
                if (traced != null) {
                    traced.timedOut();
                }
                PageIpc.log("a sendSync from WebContents #" + page.webContents().id() + " was not answered within "
                        + syncTimeoutMillis + " ms (a listener blocked, or messages before it took that long): the page "
                        + "got {error: 'reply was never sent'} and goes on");
            }
            responder.value(MainEventImpl.NEVER_SENT);
        }, syncTimeoutMillis, TimeUnit.MILLISECONDS) : null;
        FrameLane lane = page.lane(from.frameId(), docId);
        if (stamps != null) {
            stamps.stamp(StageClock.Stage.INTAKE);
        }
        lane.arrive(new FrameLane.Arrival() {
            @Override
            public Envelope parse() {
                if (stamps != null) {
                    stamps.stamp(StageClock.Stage.HANDOFF);
                }
                Envelope env = parse.get();
                if (!env.docId().equals(docId)) { // cannot happen for what the head read; checked all the same
                    throw new MalformedMessageException("document id changed within the request");
                }
                via.check(env);
                return env;
            }

            @Override
            public void refuse(Refusal refusal) {
                if (syncTimer != null) {
                    syncTimer.cancel(false);
                }
                Inbound.this.refuse(page, from, refusal, responder);
            }

            @Override
            public void deliver(IncomingMessage m, int index, int count) {
                boolean last = index == count - 1;
                boolean answers = last && (m.kind().awaitsReply() || m.kind() == MessageKind.SYNC);
                if (answers && stamps != null) {
                    stamps.stamp(StageClock.Stage.PARSE);
                }
                Reply reply = answers ? reply(responder, m.kind() == MessageKind.SYNC, syncTimer, stamps) : Reply.NONE;
                IpcTrace.Watch watch = trace == IpcTrace.OFF ? null : trace.arrived(new IpcTrace.Message(
                        page.webContents().id(), from, via, m.kind().traceName, m.channel(), m.args(), size, count));
                TracedReply traced = watch == null ? null : new TracedReply(reply, watch);
                if (traced != null && tracedSync != null && !tracedSync.compareAndSet(null, traced)) {
                    traced.timedOut(); // before it reached its listeners
                }
                // what the listeners of a request's last message send back to its frame may ride in its answer
                String sentBack = page.push().dispatchCollecting(last && !answers && responder.carriesBatches() ? from : null,
                        () -> dispatcher.dispatch(page, from, docId, m, traced == null ? reply : traced));
                if (traced != null && !answers) {
                    traced.delivered();
                }
                if (last && !answers) {
                    if (sentBack == null) {
                        responder.accepted();
                    } else {
                        responder.batch(sentBack);
                    }
                }
            }
        });
    }

    private static Reply reply(Responder responder, boolean sync, ScheduledFuture<?> syncTimer,
                               StageClock.Stamps stamps) {
        return new Reply() {
            @Override
            public void result(Object value) {
                if (stamps != null) {
                    stamps.stamp(StageClock.Stage.HANDLER);
                }
                if (syncTimer != null) {
                    syncTimer.cancel(false);
                }
                responder.value(value);
                if (stamps != null) {
                    stamps.stamp(StageClock.Stage.ANSWER);
                }
            }

            @Override
            public void error(String errorText) {
                if (sync) {
                    result(java.util.Map.of("error", errorText));
                } else {
                    responder.error(errorText);
                }
            }
        };
    }

    /** The start of a binary frame's header, enough to find the document id; "" if the frame is too short. */
    private static final class FrameHead {
        static String of(byte[] frame) {
            if (frame == null || frame.length < 4) {
                return "";
            }
            int n = java.nio.ByteBuffer.wrap(frame, 0, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            if (n < 0 || n > frame.length - 4) {
                return "";
            }
            return new String(frame, 4, Math.min(n, RequestHead.MAX_HEAD_CHARS), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
