// Runs in every page of the app before the page's own scripts, with require('electron').
// Give the page only the functions it needs: it never sees ipcRenderer itself.
const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('api', {
  greet: (name) => ipcRenderer.invoke('greet', name),
});
