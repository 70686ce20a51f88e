// uses: worldLink
// The page's side of contextBridge under context isolation: world-link.js (loaded before this file) is all of it.
// This world gets no ipcRenderer, require or __cefshell: only what the preload exposes.
void worldLink;
