// uses: transport, wire, config
// In a <webview>'s guest page: tells Java when the top document's DOM is ready, which becomes the element's
// dom-ready event (CEF has no callback for DOMContentLoaded), with the user agent the page has (the element's
// getUserAgent). Any other page sends nothing.
if (config.guest && window.top === window) {
  document.addEventListener('DOMContentLoaded', () => {
    transport.invoke('dom-ready', transport.encodeArgs([navigator.userAgent]), wire.KIND.WEBVIEW).catch(() => {});
  });
}
