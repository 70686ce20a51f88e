// The web half of the sample: it shows the task list Java owns and asks Java to change it.
// Java -> page: 'tasks' (the whole list), 'highlight' (an index), 'theme' ('dark' | 'light').
// Page -> Java: send 'add-task' and 'select-task'; invoke 'remove-task' (answers how many are left) and 'get-tasks'.
const { ipcRenderer } = require('electron');

const list = document.getElementById('tasks');
const count = document.getElementById('count');
const message = document.getElementById('message');
let highlighted = -1;

function render(tasks) {
  list.replaceChildren(...tasks.map((text, i) => {
    const li = document.createElement('li');
    li.dataset.index = i;
    li.className = i === highlighted ? 'highlight' : '';
    const label = document.createElement('span');
    label.textContent = text;
    const remove = document.createElement('button');
    remove.textContent = 'Remove';
    remove.className = 'remove';
    remove.addEventListener('click', async (e) => {
      e.stopPropagation();
      const left = await ipcRenderer.invoke('remove-task', i);
      message.textContent = `Removed "${text}": ${left} left`;
    });
    li.append(label, remove);
    li.addEventListener('click', () => ipcRenderer.send('select-task', i)); // selects it in the Swing list
    return li;
  }));
  count.textContent = tasks.length === 1 ? '1 task' : `${tasks.length} tasks`;
}

ipcRenderer.on('tasks', (event, tasks) => render(tasks));
ipcRenderer.on('highlight', (event, index) => {
  highlighted = index;
  for (const li of list.children) li.classList.toggle('highlight', Number(li.dataset.index) === index);
});
ipcRenderer.on('theme', (event, theme) => document.body.classList.toggle('dark', theme === 'dark'));

document.getElementById('add-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('new-task');
  if (input.value.trim()) ipcRenderer.send('add-task', input.value.trim());
  input.value = '';
});

// Messages Java sent before this page had loaded are lost, so ask for the current state once.
ipcRenderer.invoke('get-tasks').then(render);
