// provides: ports
// uses: wire, transport, codec
// MessagePorts between this document and Java. A Blink port cannot leave the renderer, so the bridge keeps the real
// port and Java holds a proxy: each port held for Java has an unguessable id (128 random bits), what it receives
// goes to Java as a PORT_MESSAGE on the ordered transport (binary frames for large values), and its 'close' event
// (Chromium's MessagePortCloseEvent, switched on by cefshell) as a PORT_CLOSE. A port Java sends here is a fresh
// MessageChannel: the page gets port1, the bridge holds port2 under the id Java chose.
//
// Unloading: a message between two ports of one document is delivered in a task of its own, and an unloading
// document runs no more tasks, so what the page posts from its pagehide or unload handlers would never reach the
// held port. From pagehide on, a post on a port whose partner the bridge holds goes straight to the transport
// instead (which then sends keepalive POSTs), and at unload, after the page's own handlers, every held port is
// reported closed, so Java closes them at once, after those last messages.
const ports = (() => {
  const { KIND, PUSH } = wire;
  const held = new Map();   // id -> the MessagePort held for Java
  const tagOf = Object.prototype.toString;
  const NO_ARGS = transport.encodeArgs([]);
  const NativeChannel = MessageChannel;
  const port1Of = Object.getOwnPropertyDescriptor(NativeChannel.prototype, 'port1').get;
  const port2Of = Object.getOwnPropertyDescriptor(NativeChannel.prototype, 'port2').get;
  const apply = Reflect.apply;
  // The other port of each channel made in this world: when the page moves one to Java, the bridge knows the one it
  // keeps. Only channels made after the bridge started are known (all of this document's, the bridge runs first).
  // Weakly both ways: a port the page dropped must stay collectable (its partner then gets 'close').
  const partnerOf = new WeakMap(); // port -> WeakRef of the other port
  // A page's port -> the id of its partner held for Java: the ports whose posts go straight to Java while unloading.
  const partnerHeld = new WeakMap();
  globalThis.MessageChannel = new Proxy(NativeChannel, {
    construct(target, args, newTarget) {
      const ch = Reflect.construct(target, args, newTarget);
      const a = apply(port1Of, ch, []);
      const b = apply(port2Of, ch, []);
      partnerOf.set(a, new WeakRef(b));
      partnerOf.set(b, new WeakRef(a));
      return ch;
    },
  });
  const newId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join('');

  const isPort = (v) => v !== null && typeof v === 'object' && tagOf.call(v) === '[object MessagePort]';

  // Port messages arriving close together are a burst (each in a task of its own): they go out together. Not once
  // Java has sent a port message here since the last one: that is a conversation (a reply to what went out), and
  // holding its next message back a task would only add a hop to every round trip.
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
    const ids = holdAll(moved);
    for (let i = 0; i < ids.length; i++) {
      const kept = partnerOf.get(transfer[i])?.deref();
      if (kept !== undefined) partnerHeld.set(kept, ids[i]);
    }
    return ids;
  }

  function fresh(ids) {
    const out = [];
    for (const id of ids) {
      const ch = new NativeChannel();
      hold(id, ch.port2);
      partnerHeld.set(ch.port1, id);
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
    lastMessageAt = -Infinity;
    const target = held.get(name);
    if (target === undefined) {
      for (const p of newPorts) p.close();
    } else {
      target.postMessage(args[0], newPorts);
    }
    return null;
  }

  // From pagehide on (see the top): posts on the page's ends of held ports go to Java directly. Checked and cloned as
  // the native postMessage does (the same errors; the transferred ports and buffers are moved).
  function divertPosts() {
    const proto = MessagePort.prototype;
    const nativePost = proto.postMessage;
    proto.postMessage = function postMessage(message, transfer) {
      const id = partnerHeld.get(this);
      if (id === undefined || !held.has(id)) return apply(nativePost, this, arguments);
      let list = [];
      if (transfer !== undefined && transfer !== null) {
        list = typeof transfer[Symbol.iterator] === 'function' ? Array.from(transfer) : Array.from(transfer.transfer || []);
      }
      const [data, moved] = structuredClone([message, list], { transfer: list });
      const newPorts = moved.filter(isPort);
      let encoded;
      try {
        encoded = transport.encodeArgs([data]);
      } catch (err) {
        console.error('cefshell: a MessagePort message could not be sent to Java: ' + err.message);
        for (const p of newPorts) p.close();
        return;
      }
      transport.post(KIND.PORT_MESSAGE, id, encoded, holdAll(newPorts));
    };
  }

  function reportAllClosed() {
    for (const id of held.keys()) transport.post(KIND.PORT_CLOSE, id, NO_ARGS);
    held.clear();
  }

  addEventListener('pagehide', (e) => {
    if (e.persisted) return; // kept in the back/forward cache: it still runs tasks when it comes back
    divertPosts();
    // registered now, so it runs after the unload listeners the page registered before
    addEventListener('unload', reportAllClosed);
  });

  const stats = () => ({ held: held.size });

  return Object.freeze({ adopt, fromJava, stats });
})();
