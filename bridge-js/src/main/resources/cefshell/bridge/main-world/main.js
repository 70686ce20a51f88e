// uses: worldLink, config
// The page's side of contextBridge under context isolation (world-link.js, loaded before this file), and the
// entry point Java calls to run webContents.executeJavaScript's code in the page's own world: a non-enumerable,
// read-only global named after the page's secret, so a page script can neither replace it nor be handed it.
// This world gets no ipcRenderer, require or __cefshell: only what the preload exposes.
Object.defineProperty(window, config.secret.replace(/-/g, '_'), {
  value: worldLink.runScript, writable: false, enumerable: false, configurable: false,
});
