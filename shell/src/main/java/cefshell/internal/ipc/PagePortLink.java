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
    public void pushPost(String frameId, String channel, String encodedArgs, List<String> portIds) {
        page.push().sendItem(frameId, "[" + WireNames.PUSH_POST_MESSAGE + "," + JsText.stringLiteral(channel) + ","
                + encodedArgs + "," + ids(portIds) + "]");
    }

    @Override
    public void pushPortMessage(String frameId, String portId, String encodedArgs, List<String> portIds) {
        page.push().sendItem(frameId, "[" + WireNames.PUSH_PORT_MESSAGE + ",\"" + portId + "\"," + encodedArgs + ","
                + ids(portIds) + "]");
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
