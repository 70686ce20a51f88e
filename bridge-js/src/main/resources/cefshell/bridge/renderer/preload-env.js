// provides: preloadEnv
// uses: ipcRenderer, contextBridge, EventEmitter, config
// The environment of an app's preload, as Electron gives a sandboxed preload: a function scope of its own (its
// top-level names never collide with the page's), `require` for 'electron', 'electron/renderer', 'events', 'timers'
// and 'url' (anything else throws Electron's "module not found: <name>"), and the globals process, Buffer, global,
// setImmediate and clearImmediate. Java wraps the app's preload in a function that receives them (see
// cefshell.internal.bridge.AppPreload); the wrapper keeps the file's own line numbers and name in stack traces.
const preloadEnv = (() => {
  const electron = Object.freeze({ ipcRenderer, contextBridge });
  const timers = Object.freeze({ setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate });
  const modules = {
    electron,
    'electron/renderer': electron,
    events: Object.assign(EventEmitter, { EventEmitter, default: EventEmitter }),
    timers,
    url: Object.freeze({ URL, URLSearchParams }),
  };

  function require(name) {
    if (Object.prototype.hasOwnProperty.call(modules, name)) return modules[name];
    throw new Error(`module not found: ${name}`);
  }

  function setImmediate(fn, ...args) {
    return setTimeout(() => fn(...args), 0);
  }

  function clearImmediate(id) {
    clearTimeout(id);
  }

  // Electron's sandboxed preload `process`: the parts that make sense without Node. versions.node is the Java
  // runtime's version and versions.electron cefshell's: the main side of a cefshell app runs on Java.
  const processObject = Object.assign(new EventEmitter(), {
    type: 'renderer',
    sandboxed: true,
    contextIsolated: config.contextIsolated,
    platform: config.platform,
    arch: config.arch,
    pid: 0,
    argv: [],
    execPath: '',
    env: {},
    version: 'v' + config.versions.node,
    versions: Object.freeze({ ...config.versions }),
    uptime: () => performance.now() / 1000,
    getCreationTime: () => performance.timeOrigin,
    getSystemVersion: () => config.systemVersion,
    getHeapStatistics: () => {
      const m = performance.memory || {};
      return { totalHeapSize: (m.totalJSHeapSize || 0) / 1024, usedHeapSize: (m.usedJSHeapSize || 0) / 1024,
        heapSizeLimit: (m.jsHeapSizeLimit || 0) / 1024 };
    },
  });

  // Node's Buffer, the part preloads use: a Uint8Array with encodings. IPC sends it as a Uint8Array, as Electron does.
  class Buffer extends Uint8Array {
    static from(value, encodingOrOffset, length) {
      if (typeof value === 'string') return Buffer.fromString(value, encodingOrOffset || 'utf8');
      if (value instanceof ArrayBuffer) return new Buffer(value, encodingOrOffset || 0, length === undefined ? value.byteLength - (encodingOrOffset || 0) : length);
      if (ArrayBuffer.isView(value)) return new Buffer(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (Array.isArray(value)) return new Buffer(value);
      throw new TypeError('The first argument must be of type string, Buffer, ArrayBuffer, Array, or Array-like Object.');
    }

    static fromString(s, encoding) {
      switch (String(encoding).toLowerCase()) {
        case 'utf8': case 'utf-8': return new Buffer(new TextEncoder().encode(s));
        case 'hex': return new Buffer((s.match(/../g) || []).map((h) => parseInt(h, 16)));
        case 'base64': return new Buffer(Array.from(atob(s.replace(/[-_]/g, (c) => (c === '-' ? '+' : '/'))), (c) => c.charCodeAt(0)));
        case 'latin1': case 'binary': case 'ascii': return new Buffer(Array.from(s, (c) => c.charCodeAt(0) & 255));
        default: throw new TypeError('Unknown encoding: ' + encoding);
      }
    }

    static alloc(size, fill) {
      const b = new Buffer(size);
      if (fill !== undefined) b.fill(typeof fill === 'string' ? fill.charCodeAt(0) : fill);
      return b;
    }

    static isBuffer(b) {
      return b instanceof Buffer;
    }

    static byteLength(s, encoding) {
      return typeof s === 'string' ? Buffer.from(s, encoding).length : s.byteLength;
    }

    static concat(list, total) {
      const n = total === undefined ? list.reduce((a, b) => a + b.length, 0) : total;
      const out = Buffer.alloc(n);
      let at = 0;
      for (const b of list) {
        out.set(b.subarray(0, Math.min(b.length, n - at)), at);
        at += b.length;
        if (at >= n) break;
      }
      return out;
    }

    toString(encoding = 'utf8', start = 0, end = this.length) {
      const bytes = this.subarray(start, end);
      switch (String(encoding).toLowerCase()) {
        case 'utf8': case 'utf-8': return new TextDecoder().decode(bytes);
        case 'hex': return Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
        case 'base64': return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
        case 'latin1': case 'binary': case 'ascii': return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
        default: throw new TypeError('Unknown encoding: ' + encoding);
      }
    }

    equals(other) {
      return this.length === other.length && this.every((b, i) => b === other[i]);
    }
  }

  // Runs one app preload: `body` is the file wrapped in a function taking these names, in this order.
  function run(body, fileName) {
    const module = { exports: {} };
    try {
      body.call(globalThis, require, processObject, Buffer, globalThis, setImmediate, clearImmediate,
        module.exports, module, fileName, '.');
    } catch (e) {
      console.error(`Unable to load preload script: ${fileName}\n${(e && e.stack) || e}`);
    }
  }

  return Object.freeze({ run, require, process: processObject, Buffer, setImmediate, clearImmediate });
})();
