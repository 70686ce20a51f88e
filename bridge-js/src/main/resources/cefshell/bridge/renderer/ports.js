// provides: ports
// uses: wire, transport, codec
// MessagePorts between this document and Java. A Blink port cannot leave the renderer, so the bridge keeps the real
// port and Java holds a proxy: each port held for Java has an unguessable id (128 random bits), what it receives
// goes to Java as a PORT_MESSAGE on the ordered transport (binary frames for large values), and its 'close' event
// (Chromium's MessagePortCloseEvent, switched on by cefshell) as a PORT_CLOSE. A port Java sends here is a fresh
// MessageChannel: the page gets port1, the bridge holds port2 under the id Java chose.
const ports = (() => {
  const { KIND, PUSH } = wire;
  const held = new Map();   // id -> the MessagePort held for Java
  const tagOf = Object.prototype.toString;
  const NO_ARGS = transport.encodeArgs([]);
  const newId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join('');

  const isPort = (v) => v !== null && typeof v === 'object' && tagOf.call(v) === '[object MessagePort]';

  // Port messages arriving close together are a burst (each in a task of its own): they go out together.
  let lastMessageAt = -Infinity;

  function hold(id, port) {
    held.set(id, port);
    port.onmessage = (e) => { // also starts the port
      if (held.get(id) !== port) return;
      const now = performance.now();
      const burst = now - lastMessageAt < 1;
      lastMessageAt = now;
      let encoded;
      try {
        encoded = transport.encodeArgs([e.data]);
      } catch (err) {
        console.error('cefshell: a MessagePort message could not be sent to Java: ' + err.message);
        for (const p of e.ports) p.close();
        return;
      }
      transport.post(KIND.PORT_MESSAGE, id, encoded, holdAll(e.ports), burst);
    };
    port.addEventListener('close', () => {
      if (held.get(id) !== port) return; // closed because Java's end closed
      held.delete(id);
      transport.post(KIND.PORT_CLOSE, id, NO_ARGS);
    });
  }

  function holdAll(list) {
    const ids = [];
    for (const p of list) {
      const id = newId();
      hold(id, p);
      ids.push(id);
    }
    return ids;
  }

  // ipcRenderer.postMessage's transfer list -> the ids of the moved ports; Electron's checks and error text. The
  // page's ports are neutered by the move (structuredClone with a transfer list), which also refuses duplicates and
  // ports already moved.
  function adopt(transfer) {
    if (transfer === undefined) return [];
    if (!Array.isArray(transfer)) throw new TypeError('Invalid value for transfer');
    for (let i = 0; i < transfer.length; i++) {
      if (!isPort(transfer[i])) throw new TypeError('Invalid value for transfer');
    }
    let moved;
    try {
      moved = structuredClone(transfer, { transfer });
    } catch (e) {
      throw new TypeError('Invalid value for transfer');
    }
    return holdAll(moved);
  }

  function fresh(ids) {
    const out = [];
    for (const id of ids) {
      const ch = new MessageChannel();
      hold(id, ch.port2);
      out.push(ch.port1);
      transport.post(KIND.PORT_BIND, id, NO_ARGS, undefined, true); // Java binds the port to this document
    }
    return out;
  }

  // A port item of a batch from Java, with its blobs when it had some to fetch (null otherwise). Returns
  // {channel, args, ports} for an ipcRenderer message, else null.
  function fromJava(item, blobs) {
    const op = item[0];
    const name = item[1];
    if (op === PUSH.PORT_CLOSE) {
      const p = held.get(name);
      if (p !== undefined) {
        held.delete(name);
        p.close();
      }
      return null;
    }
    const newPorts = fresh(item[3] || []);
    let args;
    try {
      args = codec.decodeTree(item[2], blobs);
    } catch (e) {
      console.error('cefshell: could not decode a MessagePort message: ' + e);
      for (const p of newPorts) p.close();
      return null;
    }
    if (op === PUSH.POST_MESSAGE) return { channel: name, args, ports: newPorts };
    const target = held.get(name);
    if (target === undefined) {
      for (const p of newPorts) p.close();
    } else {
      target.postMessage(args[0], newPorts);
    }
    return null;
  }

  const stats = () => ({ held: held.size });

  return Object.freeze({ adopt, fromJava, stats });
})();
