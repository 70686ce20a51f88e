package cefshell.internal.ipc;

import java.util.ArrayList;
import java.util.List;

/**
 * The commonest requests read directly, without a JSON reader: an envelope exactly as the bridge writes it (no
 * whitespace) whose messages are send, invoke, sendSync or sendToHost tuples with a plain channel and arguments that
 * are plain strings (no escapes), whole numbers of up to 15 digits, booleans or null, or port traffic
 * (postMessage, a held port's message, close or bind) of the same kind of value. Anything else, valid or not,
 * gives null and goes to {@link EnvelopeParser}'s general reader, which is the one that decides what is malformed.
 * So this accepts a subset of what that reader accepts and returns the same envelope for it (a test holds the two
 * equal, fuzzed). Why: the general reader sets up a JsonReader and matches patterns per request, about 7 µs of a
 * small invoke's ~40 µs of Java, and far more before the JIT has compiled it.
 */
final class SmallEnvelopes {
    private static final int MAX_MESSAGES = 64;
    private static final int MAX_DIGITS = 15;

    private final String s;
    private int at;

    private SmallEnvelopes(String s) {
        this.s = s;
    }

    /** The envelope, or null when {@code text} is not one of the small shapes. */
    static Envelope parse(String text) {
        try {
            return new SmallEnvelopes(text).envelope();
        } catch (StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    private Envelope envelope() {
        if (!skip("{")) {
            return null;
        }
        boolean invoke = skip("\"i\":1,");
        if (!skip("\"d\":\"")) {
            return null;
        }
        String doc = docId();
        if (doc == null || !skip("\",\"s\":")) {
            return null;
        }
        long seq = positive();
        if (seq <= 0 || !skip(",\"m\":[")) {
            return null;
        }
        List<IncomingMessage> messages = new ArrayList<>(1);
        do {
            IncomingMessage m = message();
            if (m == null || messages.size() == MAX_MESSAGES) {
                return null;
            }
            messages.add(m);
        } while (skip(","));
        if (!skip("]}") || at != s.length()) {
            return null;
        }
        return new Envelope(doc, seq, invoke, messages);
    }

    private IncomingMessage message() {
        if (!skip("[")) {
            return null;
        }
        MessageKind kind = switch (s.charAt(at++)) {
            case '0' -> MessageKind.SEND;
            case '1' -> MessageKind.INVOKE;
            case '2' -> MessageKind.SYNC;
            case '4' -> MessageKind.TO_HOST;
            case '5' -> MessageKind.POST_MESSAGE;
            case '6' -> MessageKind.PORT_MESSAGE;
            case '7' -> MessageKind.PORT_CLOSE;
            case '8' -> MessageKind.PORT_BIND;
            default -> null;
        };
        if (kind == null || !skip(",")) {
            return null;
        }
        String channel = kind.namesPort() ? quotedId() : string();
        if (channel == null || !skip(",[")) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        if (!skip("]")) {
            do {
                Object v = scalar();
                if (v == null) {
                    return null;
                }
                args.add(v == NULL ? null : v);
            } while (skip(","));
            if (!skip("]")) {
                return null;
            }
        }
        // the port messages' shapes, as EnvelopeParser checks them: one value with the moved ports' ids, or none
        List<String> portIds = null;
        if (kind.carriesPorts()) {
            if (args.size() != 1 || !skip(",[") || (portIds = portIds()) == null) {
                return null;
            }
        } else if (kind.namesPort() && !args.isEmpty()) {
            return null;
        }
        return skip("]") ? new IncomingMessage(kind, channel, args, portIds) : null;
    }

    /** The rest of a list of distinct port ids after its {@code [}, through its {@code ]}; null otherwise. */
    private List<String> portIds() {
        List<String> ids = new ArrayList<>(1);
        if (skip("]")) {
            return ids;
        }
        do {
            String id = quotedId();
            if (id == null || ids.contains(id) || ids.size() == EnvelopeParser.MAX_PORTS) {
                return null;
            }
            ids.add(id);
        } while (skip(","));
        return skip("]") ? ids : null;
    }

    /** A port's id in quotes: 32 lowercase hex digits; null otherwise. */
    private String quotedId() {
        if (!skip("\"")) {
            return null;
        }
        String id = docId();
        return id != null && skip("\"") ? id : null;
    }

    private static final Object NULL = new Object();

    /** A plain string, a whole number, true, false, or {@link #NULL}; null for anything else. */
    private Object scalar() {
        char c = s.charAt(at);
        if (c == '"') {
            return string();
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        if (skip("true")) {
            return Boolean.TRUE;
        }
        if (skip("false")) {
            return Boolean.FALSE;
        }
        return skip("null") ? NULL : null;
    }

    /** A string with no escape and no control character; null otherwise. */
    private String string() {
        if (s.charAt(at) != '"') {
            return null;
        }
        int start = ++at;
        while (true) {
            char c = s.charAt(at);
            if (c == '"') {
                return s.substring(start, at++);
            }
            if (c == '\\' || c < 0x20) {
                return null;
            }
            at++;
        }
    }

    /** {@code -?(0|[1-9][0-9]{0,14})} not followed by a fraction or an exponent, as a double; "-0" is left out. */
    private Double number() {
        int start = at;
        boolean negative = s.charAt(at) == '-';
        if (negative) {
            at++;
        }
        long v = digits();
        if (v < 0 || negative && v == 0) {
            return null;
        }
        char next = s.charAt(at);
        if (next == '.' || next == 'e' || next == 'E' || at - start > MAX_DIGITS + 1) {
            return null;
        }
        return (double) (negative ? -v : v);
    }

    /** A sequence number: {@code [1-9][0-9]{0,14}}; -1 otherwise. */
    private long positive() {
        long v = digits();
        return v > 0 ? v : -1;
    }

    /** {@code 0|[1-9][0-9]{0,14}} as a number; -1 for no digits, a leading zero before more digits, or too many. */
    private long digits() {
        int start = at;
        long v = 0;
        char c;
        while ((c = s.charAt(at)) >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            at++;
            if (at - start > MAX_DIGITS) {
                return -1;
            }
        }
        int n = at - start;
        if (n == 0 || n > 1 && s.charAt(start) == '0') {
            return -1;
        }
        return v;
    }

    /** 32 lowercase hex digits. */
    private String docId() {
        int end = at + 32;
        if (end > s.length()) {
            return null;
        }
        for (int i = at; i < end; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        String doc = s.substring(at, end);
        at = end;
        return doc;
    }

    private boolean skip(String literal) {
        if (s.startsWith(literal, at)) {
            at += literal.length();
            return true;
        }
        return false;
    }
}
