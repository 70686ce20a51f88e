// uses: ipcRenderer, deliver, preloadEnv, transport, worldLink
// The bridge in its isolated world: nothing of it is visible to the page. The app's preload reaches its environment
// through __cefshell.preload (a global of this world only); messages from Java arrive through the transport's pull.
Object.defineProperty(globalThis, '__cefshell', {
  value: Object.freeze({ deliver, transport, preload: preloadEnv }), writable: false, enumerable: false, configurable: false,
});
transport.receiveBatches(deliver);
transport.startPull();
worldLink.onScript((id, ok, value) => transport.scriptResult(id, ok, value));
