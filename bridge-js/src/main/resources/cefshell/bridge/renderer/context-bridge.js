// provides: contextBridge
// contextBridge in the page's own world (contextIsolation off): Electron refuses it there, and so does this.
// With isolation on, isolated/context-bridge.js is loaded instead.
const contextBridge = Object.freeze({
  exposeInMainWorld() {
    throw new Error('contextBridge API can only be used when contextIsolation is enabled');
  },
  exposeInIsolatedWorld() {
    throw new Error('contextBridge API can only be used when contextIsolation is enabled');
  },
});
