package cefshell.internal.ipc;

import java.util.List;

import cefshell.internal.codec.JsText;

/** A page's {@link PortLink}: port traffic as batch items of its {@link RendererPush}, in order with the rest. */
final class PagePortLink implements PortLink {
    private final PageIpc page;

    PagePortLink(PageIpc page) {
        this.page = page;
    }

    @Override
    public int pageId() {
        return page.webContents().id();
    }

    @Override
    public boolean frameLive(String frameId) {
        return page.liveFrame(frameId) != null;
    }

    @Override
    public void pushPost(String frameId, String channel, String argsJson, List<byte[]> blobs, List<String> portIds) {
        page.push().sendItem(frameId, "[" + WireNames.PUSH_POST_MESSAGE + "," + JsText.stringLiteral(channel) + ","
                + argsJson + "," + ids(portIds) + parts(blobs) + "]");
    }

    @Override
    public void pushPortMessage(String frameId, String portId, String argsJson, List<byte[]> blobs,
                                List<String> portIds) {
        page.push().sendItem(frameId, "[" + WireNames.PUSH_PORT_MESSAGE + ",\"" + portId + "\"," + argsJson + ","
                + ids(portIds) + parts(blobs) + "]");
    }

    /**
     * Blobs are parked for the page to fetch in parallel parts: the item then ends with {@code ,TOKEN,[LENGTHS]}
     * and the bridge holds back the frame's later items until they are in (order is kept).
     */
    private static String parts(List<byte[]> blobs) {
        if (blobs.isEmpty()) {
            return "";
        }
        String token = PushParts.park(blobs);
        if (token == null) {
            throw new IllegalStateException("no store for large port messages is installed");
        }
        StringBuilder lengths = new StringBuilder();
        for (byte[] b : blobs) {
            lengths.append(lengths.length() == 0 ? "" : ",").append(b.length);
        }
        return ",\"" + token + "\",[" + lengths + "]";
    }

    static long total(List<byte[]> blobs) {
        long t = 0;
        for (byte[] b : blobs) {
            t += b.length;
        }
        return t;
    }

    /** The same message with blobs of its own: an encoder may hand out the caller's arrays. */
    static cefshell.internal.codec.EncodedMessage copied(cefshell.internal.codec.EncodedMessage m) {
        if (m.blobs().isEmpty()) {
            return m;
        }
        List<byte[]> own = new java.util.ArrayList<>(m.blobs().size());
        for (byte[] b : m.blobs()) {
            own.add(b.clone());
        }
        return new cefshell.internal.codec.EncodedMessage(m.json(), own);
    }

    @Override
    public void pushPortClose(String frameId, String portId) {
        page.push().sendItem(frameId, "[" + WireNames.PUSH_PORT_CLOSE + ",\"" + portId + "\"]");
    }

    /** Port ids are 32 hex digits: no escaping needed. */
    private static String ids(List<String> portIds) {
        return portIds.isEmpty() ? "[]" : "[\"" + String.join("\",\"", portIds) + "\"]";
    }
}
