package cefshell.internal.ipc;

/**
 * What a request is, read from its first characters on the transport's thread (CEF's UI or IO thread), where nothing
 * may take long: a hello, a script result, or an envelope of a given document. Only the exact prefixes the bridge
 * writes are recognised; the rest of the request is read strictly later, off CEF's threads ({@link EnvelopeParser}).
 */
record RequestHead(Type type, String docId) {
    enum Type { HELLO, PULL, SCRIPT_RESULT, TICKET, ENVELOPE }

    private static final String HELLO = "{\"h\":1,\"d\":\"";
    private static final String PULL = "{\"w\":1,\"d\":\"";
    private static final String SCRIPT = "{\"x\":1,\"a\":";
    private static final String TICKET = "{\"t\":1,\"d\":\"";
    private static final String INVOKE_FLAG = "\"i\":1,";
    private static final String DOC = "\"d\":\"";
    private static final int DOC_LENGTH = 32;
    /** How far into a binary frame's header the blob lengths may push the document id. */
    static final int MAX_HEAD_CHARS = 16384;

    /** The head of a text request, or null if it is not one the bridge sends. */
    static RequestHead ofText(CharSequence text) {
        if (startsWith(text, 0, HELLO)) {
            String doc = docAt(text, HELLO.length());
            return doc == null ? null : new RequestHead(Type.HELLO, doc);
        }
        if (startsWith(text, 0, PULL)) {
            String doc = docAt(text, PULL.length());
            return doc == null ? null : new RequestHead(Type.PULL, doc);
        }
        if (startsWith(text, 0, TICKET)) {
            String doc = docAt(text, TICKET.length());
            return doc == null ? null : new RequestHead(Type.TICKET, doc);
        }
        if (startsWith(text, 0, SCRIPT)) {
            return new RequestHead(Type.SCRIPT_RESULT, null);
        }
        if (text.length() == 0 || text.charAt(0) != '{') {
            return null;
        }
        return envelope(text, 1);
    }

    /** The head of a binary frame's header ({@code {"b":[lengths],...}}), or null. */
    static RequestHead ofFrameHeader(CharSequence header) {
        if (!startsWith(header, 0, "{\"b\":[")) {
            return null;
        }
        int i = 6;
        while (i < header.length() && i < MAX_HEAD_CHARS && (Character.isDigit(header.charAt(i)) || header.charAt(i) == ',')) {
            i++;
        }
        if (!startsWith(header, i, "],")) {
            return null;
        }
        return envelope(header, i + 2);
    }

    private static RequestHead envelope(CharSequence text, int at) {
        if (startsWith(text, at, INVOKE_FLAG)) {
            at += INVOKE_FLAG.length();
        }
        if (!startsWith(text, at, DOC)) {
            return null;
        }
        String doc = docAt(text, at + DOC.length());
        return doc == null ? null : new RequestHead(Type.ENVELOPE, doc);
    }

    /** The 32 lowercase hex digits at {@code at}, closed by a quote; else null. */
    private static String docAt(CharSequence text, int at) {
        int end = at + DOC_LENGTH;
        if (text.length() <= end || text.charAt(end) != '"') {
            return null;
        }
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return text.subSequence(at, end).toString();
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (text.length() - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
