// uses: defineWebview, transport, wire, config, onInternalMessage
// The <webview> element in the page's own world (contextIsolation off), for a window with webviewTag: operations
// go to Java as WEBVIEW messages on the ordinary transport, answered like invokes; Java's events for the element
// arrive as messages on the bridge's internal channel. Without webviewTag nothing is defined: <webview> stays an
// unknown element (and Java refuses guests to such a page anyway).
if (config.webviewTag) {
  defineWebview({
    call(op, args) {
      try {
        return transport.invoke(op, transport.encodeArgs(args), wire.KIND.WEBVIEW).catch((e) => {
          throw e instanceof transport.InvokeError || e instanceof transport.RefusedError ? new Error(e.message) : e;
        });
      } catch (e) { // a value that cannot be cloned
        return Promise.reject(e);
      }
    },
    onEvent(handler) {
      onInternalMessage(wire.WEBVIEW_EVENT_CHANNEL, (args) => handler(args[0], args[1], args[2], args[3]));
    },
  });
}
