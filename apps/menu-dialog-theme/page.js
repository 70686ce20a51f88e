const text = document.getElementById('text')
const file = document.getElementById('file')
const theme = document.getElementById('theme')

window.scratchpad.onOpened((name, content) => {
  text.value = content
  file.textContent = name
  window.scratchpad.changed(content)
})
window.scratchpad.onSaved((name) => { file.textContent = name })
window.scratchpad.onTheme((dark) => { theme.textContent = dark ? 'dark' : 'light' })
text.addEventListener('input', () => window.scratchpad.changed(text.value))
theme.textContent = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
