// The page's API: what the menu does to the page arrives here, what the page tells the main side goes through here.
const { contextBridge, ipcRenderer } = require('electron/renderer')

contextBridge.exposeInMainWorld('scratchpad', {
  onOpened: (callback) => ipcRenderer.on('file:opened', (_event, name, text) => callback(name, text)),
  onSaved: (callback) => ipcRenderer.on('file:saved', (_event, name) => callback(name)),
  onTheme: (callback) => ipcRenderer.on('theme:changed', (_event, dark) => callback(dark)),
  changed: (text) => ipcRenderer.send('text:changed', text)
})
