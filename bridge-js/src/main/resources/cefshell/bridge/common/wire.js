// provides: wire
// The names both sides of the wire agree on (docs/wire-format.md, "Requests" and "Replies"). Java holds the same in
// cefshell.internal.ipc: MessageKind (KIND), Replies (REPLY), WireNames (PATH, PROMPT_MARKER, PUSH_*).
const wire = Object.freeze({
  KIND: Object.freeze({ SEND: 0, INVOKE: 1, SYNC: 2, SEND_TO: 3, TO_HOST: 4,
    POST_MESSAGE: 5, PORT_MESSAGE: 6, PORT_CLOSE: 7, PORT_BIND: 8, WEBVIEW: 9 }),
  // Port items in a batch from Java (a number first, where other items have their channel); Java: WireNames.PUSH_*.
  //   [PORT_MESSAGE, portId, args, newPortIds]   a message for a port this bridge holds for Java
  //   [PORT_CLOSE, portId]                        Java's end closed: close ours
  //   [POST_MESSAGE, channel, args, newPortIds]   an ipcRenderer message carrying new ports
  PUSH: Object.freeze({ PORT_MESSAGE: 0, PORT_CLOSE: 1, POST_MESSAGE: 2 }),
  // The first character of a text reply.
  REPLY: Object.freeze({
    VALUE: 'r',    // r JSON: the value
    ERROR: 'e',    // e TEXT: an invoke's error, e.g. "Error: boom"
    PARTS: 'p',    // p TOKEN:LENGTHS:JSON: a value whose blobs are fetched in parts
    LARGE: 'l',    // l TOKEN: a sendSync's large value, fetched by XHR
    REFUSED: 'x',  // x TEXT: refused, nothing delivered (prompt path)
    RESEND: 'f',   // f: not delivered, send it again by XHR (prompt path)
    BATCH: 'b',    // b [[channel, args(, senderId)], ...]: messages from Java, the answer to a pull or to a request of sends
  }),
  // Under /__cefshell/ of every app host.
  PATH: Object.freeze({ FRAME: 'ipc', SYNC: 'sync', SYNC_RESULT: 'sync-result', PART: 'part' }),
  // Starts every prompt that carries IPC; Chromium cuts a dialog's text at 10,240 characters.
  PROMPT_MARKER: '\uE000cefshell-sync\uE000',
  // Java's <webview> events for a host page ([viewInstanceId, name, props, state]): for the element, never for
  // ipcRenderer listeners (WireNames.WEBVIEW_EVENT_CHANNEL).
  WEBVIEW_EVENT_CHANNEL: '\uE000cefshell-webview\uE000',
  MAX_DIALOG_CHARS: 10240,
});
