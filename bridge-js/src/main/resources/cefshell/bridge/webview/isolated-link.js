// uses: worldLink, transport, wire, config, onInternalMessage
// The isolated bridge's half of the <webview> element under contextIsolation (the element itself lives in the
// page's main world, webview/main-link.js): element operations go to Java on this world's transport, and Java's
// events, which arrive here through the pull, go to the element through worldLink.
if (config.webviewTag) {
  worldLink.exposeInternal('webview', {
    call(op, args) {
      return transport.invoke(op, transport.encodeArgs(args), wire.KIND.WEBVIEW).catch((e) => {
        throw new Error(e && e.message || String(e));
      });
    },
    onEvent(handler) {
      onInternalMessage(wire.WEBVIEW_EVENT_CHANNEL, (args) => handler(args[0], args[1], args[2], args[3]));
    },
  });
}
