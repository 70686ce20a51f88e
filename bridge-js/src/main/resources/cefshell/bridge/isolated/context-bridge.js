// provides: contextBridge
// uses: worldLink
// contextBridge in the isolated world of the bridge and the app's preload: exposeInMainWorld puts a copy of the API
// on the page's window (functions proxied, values copied and frozen), through worldLink.
const contextBridge = Object.freeze({
  exposeInMainWorld(key, api) {
    if (typeof key !== 'string') {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + String(key));
    }
    worldLink.expose(key, api);
  },
  exposeInIsolatedWorld() {
    throw new Error('contextBridge.exposeInIsolatedWorld is not supported by cefshell');
  },
});
