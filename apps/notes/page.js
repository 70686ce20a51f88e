// @ts-check
/// <reference path="../../bridge-js/types/cefshell.d.ts" />
/// <reference path="ipc.d.ts" />
// Plain JavaScript, checked by TypeScript (`// @ts-check`, in an editor or with tsc --checkJs) against the Java
// endpoints: ipcRenderer.invoke('notes:save', 42) is an error there, and each promise has the Java result's type.

const list = /** @type {HTMLUListElement} */ (document.getElementById('notes'));
const text = /** @type {HTMLInputElement} */ (document.getElementById('text'));
const priority = /** @type {HTMLSelectElement} */ (document.getElementById('priority'));
const error = /** @type {HTMLElement} */ (document.getElementById('error'));

/** @param {CefShell.Ipc.Note} note */
function show(note) {
  const item = list.appendChild(document.createElement('li'));
  item.textContent = `${note.text} (${note.priority}, ${note.saved.toLocaleTimeString()}) `;
  const remove = item.appendChild(document.createElement('button'));
  remove.textContent = 'remove';
  remove.onclick = async () => {
    if (await ipcRenderer.invoke('notes:remove', note.id)) {
      item.remove();
    }
  };
}

document.getElementById('new')?.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.textContent = '';
  try {
    const p = /** @type {CefShell.Ipc.Priority} */ (priority.value);
    show(await ipcRenderer.invoke('notes:save', text.value, p));
    text.value = '';
  } catch (err) {
    error.textContent = String(err instanceof Error ? err.message : err);
  }
});

ipcRenderer.invoke('notes:list').then((notes) => notes.forEach(show));
