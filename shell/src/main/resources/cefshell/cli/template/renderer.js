// The page's script: it talks to Java through window.api, which preload.js defined.
const answer = document.getElementById('answer');

async function greet(name) {
  const text = await window.api.greet(name);
  answer.textContent = text;
  console.log(text); // also printed in the terminal that runs `shell run`
}

document.getElementById('greet').addEventListener('submit', (event) => {
  event.preventDefault();
  greet(document.getElementById('who').value);
});
greet('world');
