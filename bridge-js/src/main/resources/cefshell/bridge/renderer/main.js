// uses: ipcRenderer, contextBridge, deliver, execute, transport, preloadEnv, ports
// Exposes the bridge to the page: window.ipcRenderer, require('electron'), contextBridge, and the hidden entry point
// Java calls to deliver messages. Runs once per document (the guard at the top of the preload).
const electron = Object.freeze({ ipcRenderer, contextBridge });
const internals = Object.freeze({ deliver, execute, transport, preload: preloadEnv, ports });

transport.receiveBatches(deliver);
Object.defineProperty(window, '__cefshell', { value: internals, writable: false, enumerable: false, configurable: false });
// configurable: a page script may declare its own top-level `const {ipcRenderer} = require('electron')` (the
// Electron docs do); a non-configurable global property would make that declaration a SyntaxError.
Object.defineProperty(window, 'ipcRenderer', { value: ipcRenderer, writable: false, enumerable: true, configurable: true });
Object.defineProperty(window, 'contextBridge', { value: contextBridge, writable: true, enumerable: false, configurable: true });
if (typeof window.require !== 'function') {
  // Only 'electron' is provided; the page can still define its own require (it runs later and may overwrite this).
  window.require = function require(name) {
    if (name === 'electron' || name === 'electron/renderer') return electron;
    throw new Error(`Cannot find module '${name}'`);
  };
}
