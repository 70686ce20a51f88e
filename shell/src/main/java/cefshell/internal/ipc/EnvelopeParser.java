package cefshell.internal.ipc;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import cefshell.internal.codec.ValueDecoder;

/**
 * The strict reader of requests (docs/wire-format.md, "Requests"): members in the bridge's fixed order, exact
 * types (no {@code "1"} for 1, no {@code 5} for {@code "5"}), integers where integers belong, ranges checked, and
 * nothing after the end. Whatever does not match is a {@link MalformedMessageException}; nothing is coerced.
 *
 * <pre>
 * envelope = '{' ['"i":1,'] '"d":' DOC ',"s":' SEQ ',"m":[' MESSAGE {',' MESSAGE} ']}'
 * header   = '{"b":[' [LEN {',' LEN}] '],' ...the envelope's members... '}'      (binary frames)
 * MESSAGE  = '[' KIND ',' CHANNEL ',' ARGS [',' TARGET | ',' PORTS] ']'
 * PORTS    = '[' [PORT {',' PORT}] ']'           PORT: a port id, 32 lowercase hex digits in a string
 * hello    = '{"h":1,"d":' DOC '}'
 * pull     = '{"w":1,"d":' DOC '}'
 * script   = '{"x":1,"a":' VALUE '}'      VALUE decodes to [id, ok, result]
 * ticket   = '{"t":1,"d":' DOC ',"n":' NONCE '}'   NONCE: 32 lowercase hex digits in a string
 * </pre>
 */
final class EnvelopeParser {
    static final int MAX_MESSAGES = 1_000_000;
    /** Ports moved with one message, at most. */
    static final int MAX_PORTS = 1024;
    /** Sequence numbers and ids stay below 2^53, where JavaScript numbers are exact. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,15}");
    private static final Pattern NATURAL = Pattern.compile("0|[1-9][0-9]{0,15}");

    private EnvelopeParser() {
    }

    /** Whether {@code id} is a document id as the bridge makes them: 32 lowercase hex digits. */
    static boolean isDocId(String id) {
        if (id == null || id.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    static Envelope parseText(String text) {
        Envelope small = SmallEnvelopes.parse(text); // the commonest shapes, read directly
        if (small != null) {
            return small;
        }
        return parseTextGeneral(text);
    }

    /** {@link #parseText} without the shortcut: the reader that decides what is malformed. */
    static Envelope parseTextGeneral(String text) {
        try {
            JsonReader in = reader(text);
            in.beginObject();
            Envelope env = members(in, null);
            end(in);
            return env;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw malformed(e);
        }
    }

    /** A binary frame: u32 little-endian header length, the header, then exactly the blobs it lists. */
    static Envelope parseFrame(byte[] frame) {
        if (frame.length < 4) {
            throw new MalformedMessageException("IPC frame too short");
        }
        int headerLength = ByteBuffer.wrap(frame, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (headerLength < 2 || headerLength > frame.length - 4) {
            throw new MalformedMessageException("bad IPC frame header length " + headerLength);
        }
        try {
            JsonReader in = reader(new String(frame, 4, headerLength, StandardCharsets.UTF_8));
            in.beginObject();
            name(in, "b");
            List<byte[]> blobs = blobs(in, frame, 4 + headerLength);
            Envelope env = members(in, blobs);
            end(in);
            return env;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw malformed(e);
        }
    }

    /**
     * A binary frame whose header and blobs came apart (the socket transport sends each blob as a message of its
     * own, so neither side copies them into one buffer): the header's lengths must be exactly the blobs'.
     */
    static Envelope parseFrame(String header, List<byte[]> blobs) {
        try {
            JsonReader in = reader(header);
            in.beginObject();
            name(in, "b");
            in.beginArray();
            int i = 0;
            while (in.hasNext()) {
                long n = integer(in, NATURAL, "blob length");
                if (i >= blobs.size() || n != blobs.get(i).length) {
                    throw new MalformedMessageException("IPC blob length out of range");
                }
                i++;
            }
            in.endArray();
            if (i != blobs.size()) {
                throw new MalformedMessageException((blobs.size() - i) + " blobs more than the header lists");
            }
            Envelope env = members(in, blobs);
            end(in);
            return env;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw malformed(e);
        }
    }

    /** A document asking for a socket ticket: its id and the nonce the server must prove it knows. */
    record TicketRequest(String docId, String nonce) { }

    static TicketRequest parseTicket(String text) {
        try {
            JsonReader in = reader(text);
            in.beginObject();
            name(in, "t");
            literal(in, "1");
            name(in, "d");
            String doc = docId(in);
            name(in, "n");
            if (in.peek() != JsonToken.STRING) {
                throw new MalformedMessageException("the nonce is not a string");
            }
            String nonce = in.nextString();
            if (!isDocId(nonce)) {
                throw new MalformedMessageException("bad nonce");
            }
            end(in);
            return new TicketRequest(doc, nonce);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw malformed(e);
        }
    }

    /** The document id of a hello request. */
    static String parseHello(String text) {
        return parseDocOnly(text, "h");
    }

    /** The document id of a pull (a query left waiting for messages from Java). */
    static String parsePull(String text) {
        return parseDocOnly(text, "w");
    }

    private static String parseDocOnly(String text, String member) {
        try {
            JsonReader in = reader(text);
            in.beginObject();
            name(in, member);
            literal(in, "1");
            name(in, "d");
            String doc = docId(in);
            end(in);
            return doc;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw malformed(e);
        }
    }

    /** An executeJavaScript result. */
    record ScriptResult(long id, boolean ok, Object value) { }

    static ScriptResult parseScriptResult(String text) {
        try {
            JsonReader in = reader(text);
            in.beginObject();
            name(in, "x");
            literal(in, "1");
            name(in, "a");
            Object decoded = ValueDecoder.decode(in, null);
            end(in);
            if (decoded instanceof List<?> l && l.size() == 3 && l.get(0) instanceof Double id
                    && id >= 1 && id <= MAX_SAFE_INTEGER && id == Math.rint(id) && l.get(1) instanceof Boolean ok) {
                return new ScriptResult(id.longValue(), ok, l.get(2));
            }
            throw new MalformedMessageException("a script result is [id, ok, value]");
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw malformed(e);
        }
    }

    private static JsonReader reader(String text) {
        JsonReader in = new JsonReader(new StringReader(text));
        in.setStrictness(Strictness.STRICT);
        return in;
    }

    /** {@code ["i":1,] "d":DOC, "s":SEQ, "m":[...]} then the closing brace. */
    private static Envelope members(JsonReader in, List<byte[]> blobs) throws IOException {
        String first = in.nextName();
        boolean invoke = first.equals("i");
        if (invoke) {
            literal(in, "1");
            first = in.nextName();
        }
        expect(first, "d");
        String doc = docId(in);
        name(in, "s");
        long seq = integer(in, POSITIVE, "sequence number");
        name(in, "m");
        List<IncomingMessage> messages = messages(in, blobs);
        if (seq + messages.size() - 1 > MAX_SAFE_INTEGER) {
            throw new MalformedMessageException("sequence number out of range");
        }
        return new Envelope(doc, seq, invoke, messages);
    }

    private static List<IncomingMessage> messages(JsonReader in, List<byte[]> blobs) throws IOException {
        List<IncomingMessage> out = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            if (out.size() >= MAX_MESSAGES) {
                throw new MalformedMessageException("too many messages in one IPC request");
            }
            in.beginArray();
            long code = integer(in, NATURAL, "message kind");
            MessageKind kind = MessageKind.of(code);
            if (in.peek() != JsonToken.STRING) {
                throw new MalformedMessageException("the channel is not a string");
            }
            String channel = in.nextString();
            if (in.peek() != JsonToken.BEGIN_ARRAY) {
                throw new MalformedMessageException("IPC arguments are not an array");
            }
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) ValueDecoder.decode(in, blobs);
            Object target = null;
            if (kind == MessageKind.SEND_TO) {
                target = (double) integer(in, NATURAL, "webContents id");
            } else if (kind.carriesPorts()) {
                target = portIds(in);
            }
            checkPortShape(kind, channel, args);
            in.endArray(); // anything more in the tuple fails here
            out.add(new IncomingMessage(kind, channel, args, target));
        }
        in.endArray();
        if (out.isEmpty()) {
            throw new MalformedMessageException("an IPC request without messages");
        }
        return out;
    }

    /** Port messages: the port named where the channel goes; one argument to carry, none for a close. */
    private static void checkPortShape(MessageKind kind, String channel, List<Object> args) {
        if (kind.namesPort() && !isDocId(channel)) {
            throw new MalformedMessageException("bad port id");
        }
        if (kind.carriesPorts() && args.size() != 1) {
            throw new MalformedMessageException(kind + " carries exactly one value");
        }
        if ((kind == MessageKind.PORT_CLOSE || kind == MessageKind.PORT_BIND) && !args.isEmpty()) {
            throw new MalformedMessageException(kind + " carries no value");
        }
    }

    /** A JSON array of distinct port ids. */
    private static List<String> portIds(JsonReader in) throws IOException {
        List<String> ids = new ArrayList<>();
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            throw new MalformedMessageException("the port ids are not an array");
        }
        in.beginArray();
        while (in.hasNext()) {
            if (ids.size() >= MAX_PORTS) {
                throw new MalformedMessageException("too many ports in one message");
            }
            if (in.peek() != JsonToken.STRING) {
                throw new MalformedMessageException("a port id is not a string");
            }
            String id = in.nextString();
            if (!isDocId(id)) {
                throw new MalformedMessageException("bad port id");
            }
            if (ids.contains(id)) {
                throw new MalformedMessageException("a port id twice in one message");
            }
            ids.add(id);
        }
        in.endArray();
        return List.copyOf(ids);
    }

    private static List<byte[]> blobs(JsonReader in, byte[] frame, int start) throws IOException {
        List<byte[]> blobs = new ArrayList<>();
        int at = start;
        in.beginArray();
        while (in.hasNext()) {
            long n = integer(in, NATURAL, "blob length");
            if (n > frame.length - at) {
                throw new MalformedMessageException("IPC blob length out of range");
            }
            blobs.add(Arrays.copyOfRange(frame, at, at + (int) n));
            at += (int) n;
        }
        in.endArray();
        if (at != frame.length) {
            throw new MalformedMessageException((frame.length - at) + " bytes after the last blob");
        }
        return blobs;
    }

    private static String docId(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.STRING) {
            throw new MalformedMessageException("the document id is not a string");
        }
        String doc = in.nextString();
        if (!isDocId(doc)) {
            throw new MalformedMessageException("bad document id");
        }
        return doc;
    }

    /** A JSON number written as a plain integer matching {@code form} (no sign, fraction or exponent). */
    private static long integer(JsonReader in, Pattern form, String what) throws IOException {
        if (in.peek() != JsonToken.NUMBER) {
            throw new MalformedMessageException("the " + what + " is not a number");
        }
        String digits = in.nextString();
        if (!form.matcher(digits).matches() || Long.parseLong(digits) > MAX_SAFE_INTEGER) {
            throw new MalformedMessageException("bad " + what + " " + shorten(digits));
        }
        return Long.parseLong(digits);
    }

    private static void literal(JsonReader in, String value) throws IOException {
        if (in.peek() != JsonToken.NUMBER || !in.nextString().equals(value)) {
            throw new MalformedMessageException("expected " + value);
        }
    }

    private static void name(JsonReader in, String expected) throws IOException {
        expect(in.nextName(), expected);
    }

    private static void expect(String name, String expected) {
        if (!name.equals(expected)) {
            throw new MalformedMessageException("expected member \"" + expected + "\", not \"" + shorten(name) + "\"");
        }
    }

    private static void end(JsonReader in) throws IOException {
        in.endObject();
        if (in.peek() != JsonToken.END_DOCUMENT) {
            throw new MalformedMessageException("text after the request");
        }
    }

    private static MalformedMessageException malformed(Exception e) {
        if (e instanceof MalformedMessageException m) {
            return m;
        }
        return new MalformedMessageException(shorten(String.valueOf(e.getMessage())), e);
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
