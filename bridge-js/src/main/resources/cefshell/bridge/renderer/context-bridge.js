// provides: contextBridge
// contextBridge.exposeInMainWorld: pages here share one world with the preload (no context isolation in JCEF), so
// the API object is placed on window as a read-only, non-configurable property. Its functions stay the preload's
// own; values are exposed as given.
const contextBridge = {
  exposeInMainWorld(key, api) {
    if (typeof key !== 'string' || key.length === 0) {
      throw new TypeError('exposeInMainWorld: key must be a non-empty string');
    }
    if (Object.prototype.hasOwnProperty.call(window, key)) {
      throw new Error(`Cannot bind an API on top of an existing property on the window object: '${key}'`);
    }
    Object.defineProperty(window, key, { value: Object.freeze(api), writable: false, enumerable: true, configurable: false });
  },
};
