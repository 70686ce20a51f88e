// Shows Java's answer on the page too, and says hello on the terminal.
const log = document.getElementById('log');
const show = (text) => { log.appendChild(document.createElement('li')).textContent = text; };

document.getElementById('chrome').textContent = navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '';
ipcRenderer.on('asynchronous-reply', (event, arg) => show('Java answered: ' + arg));
console.info('hello from the page');
