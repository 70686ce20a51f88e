// uses: defineWebview, worldLink, config
// The <webview> element in the page's main world when contextIsolation is on (the bridge and its transport are in
// the isolated world, which the page cannot reach): the element is defined here, where the page's scripts see it,
// and its link is the isolated bridge's internal API (webview/isolated-link.js) carried by worldLink.
if (config.webviewTag) {
  let api = null;
  let eventHandler = null;
  worldLink.onInternal('webview', (value) => {
    api = value;
    if (eventHandler !== null) api.onEvent(eventHandler);
  });
  defineWebview({
    call(op, args) {
      return api === null ? Promise.reject(new Error('<webview>: the bridge is not ready')) : api.call(op, args);
    },
    onEvent(handler) {
      eventHandler = handler;
      if (api !== null) api.onEvent(handler);
    },
  });
}
