// provides: execute
// uses: transport
// webContents.executeJavaScript's page half (Java's half: cefshell.internal.browser.ScriptRunner). Java calls
// execute(id, code); the result, or the error's text, goes back on the cefQuery transport, outside the ordered lanes.
function execute(id, code) {
  Promise.resolve()
    .then(() => (0, eval)(code))
    .then((value) => transport.scriptResult(id, true, value), (e) => transport.scriptResult(id, false, String(e)));
}
