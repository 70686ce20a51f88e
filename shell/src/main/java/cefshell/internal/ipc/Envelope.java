package cefshell.internal.ipc;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * What one transport request carries: the sending document's id, the sequence number of its first message, and the
 * messages. Text form (cefQuery, sync XHR):
 * <pre>{"i":1,"d":"&lt;doc&gt;","s":17,"m":[[kind,"channel",ARGS(,extra)],...]}</pre>
 * ({@code "i"} present when the last message is an invoke). Binary form (scheme POST): a u32 little-endian header
 * length, the same JSON with {@code "b":[blob lengths]} as its first member, then the blobs that ARGS refer to.
 */
record Envelope(String docId, long firstSeq, List<IncomingMessage> messages) {
    private static final int MAX_MESSAGES = 1_000_000;

    static Envelope parseText(String text) {
        return parse(new JsonReader(new StringReader(text)), null);
    }

    /** Parses a binary frame; blob byte arrays are copied out of {@code frame}. */
    static Envelope parseFrame(byte[] frame) {
        if (frame.length < 4) {
            throw new MalformedMessageException("IPC frame too short");
        }
        int headerLength = ByteBuffer.wrap(frame, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (headerLength < 2 || headerLength > frame.length - 4) {
            throw new MalformedMessageException("bad IPC frame header length " + headerLength);
        }
        String header = new String(frame, 4, headerLength, StandardCharsets.UTF_8);
        return parse(new JsonReader(new StringReader(header)), new FrameBlobs(frame, 4 + headerLength));
    }

    private static Envelope parse(JsonReader in, FrameBlobs frameBlobs) {
        try {
            String doc = null;
            long seq = -1;
            List<byte[]> blobs = frameBlobs == null ? null : List.of();
            List<IncomingMessage> messages = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "b" -> blobs = frameBlobs == null ? skipAndNull(in) : frameBlobs.read(in);
                    case "d" -> doc = in.nextString();
                    case "s" -> seq = in.nextLong();
                    case "m" -> messages = readMessages(in, blobs);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            if (doc == null || doc.isEmpty() || doc.length() > 64 || seq < 1 || messages == null || messages.isEmpty()) {
                throw new MalformedMessageException("IPC envelope lacks a document id, sequence number or messages");
            }
            return new Envelope(doc, seq, messages);
        } catch (MalformedMessageException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // the codec reports bad values as IllegalArgumentException
            throw new MalformedMessageException(e.getMessage(), e);
        }
    }

    private static List<byte[]> skipAndNull(JsonReader in) throws IOException {
        in.skipValue();
        return null;
    }

    private static List<IncomingMessage> readMessages(JsonReader in, List<byte[]> blobs) throws IOException {
        List<IncomingMessage> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            if (out.size() >= MAX_MESSAGES) {
                throw new MalformedMessageException("too many messages in one IPC request");
            }
            in.beginArray();
            MessageKind kind = MessageKind.of(in.nextInt());
            String channel = in.peek() == JsonToken.NULL ? nullThen(in) : in.nextString();
            if (channel == null) {
                throw new MalformedMessageException("IPC message without a channel");
            }
            Object args = WireCodec.decode(in, blobs);
            if (!(args instanceof List<?> list)) {
                throw new MalformedMessageException("IPC arguments are not an array");
            }
            Object extra = null;
            if (in.hasNext()) {
                extra = in.peek() == JsonToken.NUMBER ? (Object) in.nextDouble() : skipAndNull(in);
            }
            while (in.hasNext()) {
                in.skipValue();
            }
            in.endArray();
            @SuppressWarnings("unchecked")
            List<Object> argList = (List<Object>) list;
            out.add(new IncomingMessage(kind, channel, argList, extra));
        }
        in.endArray();
        return out;
    }

    private static String nullThen(JsonReader in) throws IOException {
        in.nextNull();
        return null;
    }

    /** The blobs after a frame's header, cut by the lengths in "b". */
    private record FrameBlobs(byte[] frame, int start) {
        List<byte[]> read(JsonReader in) throws IOException {
            List<byte[]> blobs = new ArrayList<>();
            int at = start;
            in.beginArray();
            while (in.hasNext()) {
                int n = in.nextInt();
                if (n < 0 || n > frame.length - at) {
                    throw new MalformedMessageException("IPC blob length out of range");
                }
                blobs.add(java.util.Arrays.copyOfRange(frame, at, at + n));
                at += n;
            }
            in.endArray();
            return blobs;
        }
    }
}
