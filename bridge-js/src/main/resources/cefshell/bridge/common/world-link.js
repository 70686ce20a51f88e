// provides: worldLink
// uses: config
// One end of the link between the isolated world (the bridge and the app's preload) and the page's main world, which
// contextBridge.exposeInMainWorld uses (Electron's semantics: functions are proxied, other values copied; promises
// settle across; errors cross with their message). Both worlds load this file; the link is a pair of synchronous
// CustomEvents on `document` whose type is a per-page secret only Java and these two scripts know.
//
// In the main world this runs before any page script, and page scripts may later replace any built-in: every
// built-in it needs is captured here first and only ever called through the captured references, and no
// iterator, spread or destructuring is used (they go through Array.prototype[Symbol.iterator]).
const worldLink = (() => {
  const apply = Reflect.apply;
  const doc = document;
  const dispatchEvent = EventTarget.prototype.dispatchEvent;
  const addEventListener = EventTarget.prototype.addEventListener;
  const CustomEventCtor = CustomEvent;
  const detailOf = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
  const keysOf = Object.keys;
  const isArray = Array.isArray;
  const freeze = Object.freeze;
  const defineProperty = Object.defineProperty;
  const hasOwn = Object.prototype.hasOwnProperty;
  const PromiseCtor = Promise;
  const promiseThen = Promise.prototype.then;
  const promiseResolve = Promise.resolve;
  const indirectEval = eval;
  const StringCtor = String;
  const ErrorCtor = Error;
  const MapCtor = Map;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  const mapForEach = Map.prototype.forEach;
  const SetCtor = Set;
  const setAdd = Set.prototype.add;
  const setForEach = Set.prototype.forEach;
  const errorProto = Error.prototype;
  const getPrototypeOf = Object.getPrototypeOf;
  const FinalizationRegistryCtor = typeof FinalizationRegistry === 'function' ? FinalizationRegistry : null;
  const registryRegister = FinalizationRegistryCtor ? FinalizationRegistry.prototype.register : null;
  const MAX_DEPTH = 1000;

  const mainWorld = config.world === 'main';
  const outType = config.secret + (mainWorld ? ':to-isolated' : ':to-main');
  const inType = config.secret + (mainWorld ? ':to-main' : ':to-isolated');

  // Functions and promises of this world that the other world holds proxies for.
  const functions = new MapCtor();
  const promises = new MapCtor();   // id -> {resolve, reject} of local promises standing for the other side's
  let nextId = 1;
  let reply = null;                 // set by the other world's answer during a synchronous request
  let ready = false;
  let scriptSink = null;            // isolated world: where executeJavaScript results go
  const early = [];                 // requests made before the other end was there (plain array, index-walked)
  const internals = new MapCtor();  // the bridge's own APIs sent across (never on window): key -> value
  const internalWaiters = new MapCtor(); // key -> callback waiting for it
  const released = FinalizationRegistryCtor
    ? new FinalizationRegistryCtor((id) => send({ op: 'release', id })) : null;

  function send(message) {
    apply(dispatchEvent, doc, [new CustomEventCtor(outType, { detail: message })]);
  }

  // A synchronous call into the other world: its answer arrives (as an 'answer' message) before dispatch returns.
  function request(message) {
    const saved = reply;
    reply = null;
    send(message);
    const answer = reply;
    reply = saved;
    return answer;
  }

  function isPromise(v) {
    return v instanceof PromiseCtor;
  }

  function isError(v) {
    for (let p = v; p !== null; p = getPrototypeOf(p)) {
      if (p === errorProto) return true;
    }
    return false;
  }

  // This world's value -> a tree that survives the structured clone of an event's detail.
  function encode(value, depth) {
    if (depth > MAX_DEPTH) throw new ErrorCtor('contextBridge: object nested too deeply');
    const type = typeof value;
    if (type === 'function') {
      const id = nextId++;
      apply(mapSet, functions, [id, value]);
      return { $f: id };
    }
    if (type === 'symbol') return undefined;
    if (type !== 'object' || value === null) return value;
    if (isPromise(value)) {
      const id = nextId++;
      apply(promiseThen, value, [
        (v) => send({ op: 'settle', id, ok: true, value: encode(v, 0) }),
        (e) => send({ op: 'settle', id, ok: false, value: encode(e, 0) })]);
      return { $p: id };
    }
    if (isError(value)) return { $e: { name: String(value.name), message: String(value.message), stack: String(value.stack) } };
    if (isArray(value)) {
      const out = [];
      for (let i = 0; i < value.length; i++) out[i] = encode(value[i], depth + 1);
      return { $a: out };
    }
    const proto = getPrototypeOf(value);
    if (proto === null || proto === Object.prototype || proto === getPrototypeOf({})) return { $o: encodeObject(value, depth) };
    if (value instanceof MapCtor) {
      const entries = [];
      apply(mapForEach, value, [(v, k) => { entries[entries.length] = [encode(k, depth + 1), encode(v, depth + 1)]; }]);
      return { $m: entries };
    }
    if (value instanceof SetCtor) {
      const items = [];
      apply(setForEach, value, [(v) => { items[items.length] = encode(v, depth + 1); }]);
      return { $s: items };
    }
    // Dates, RegExps, ArrayBuffers, typed arrays, Blobs: the structured clone carries them as they are. Any other
    // object (a class instance) is copied as a plain object: prototypes are dropped, as Electron does.
    if (value instanceof Date || value instanceof RegExp || value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        || (typeof Blob === 'function' && value instanceof Blob)) {
      return { $c: value };
    }
    return { $o: encodeObject(value, depth) };
  }

  function encodeObject(value, depth) {
    const out = {};
    const keys = keysOf(value);
    for (let i = 0; i < keys.length; i++) {
      defineProperty(out, keys[i], { value: encode(value[keys[i]], depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  // A tree from the other world -> this world's value. In the main world copies are frozen, as Electron's are.
  function decode(tree) {
    if (tree === null || typeof tree !== 'object') return tree;
    if (apply(hasOwn, tree, ['$f'])) return proxyFunction(tree.$f);
    if (apply(hasOwn, tree, ['$p'])) {
      let settle;
      const p = new PromiseCtor((resolve, reject) => { settle = { resolve, reject }; });
      apply(mapSet, promises, [tree.$p, settle]);
      return p;
    }
    if (apply(hasOwn, tree, ['$e'])) {
      const e = new ErrorCtor(tree.$e.message);
      return e;
    }
    if (apply(hasOwn, tree, ['$a'])) {
      const out = [];
      const items = tree.$a;
      for (let i = 0; i < items.length; i++) out[i] = decode(items[i]);
      return mainWorld ? freeze(out) : out;
    }
    if (apply(hasOwn, tree, ['$o'])) {
      const out = {};
      const src = tree.$o;
      const keys = keysOf(src);
      for (let i = 0; i < keys.length; i++) {
        defineProperty(out, keys[i], { value: decode(src[keys[i]]), enumerable: true, writable: !mainWorld, configurable: !mainWorld });
      }
      return mainWorld ? freeze(out) : out;
    }
    if (apply(hasOwn, tree, ['$m'])) {
      const out = new MapCtor();
      const entries = tree.$m;
      for (let i = 0; i < entries.length; i++) apply(mapSet, out, [decode(entries[i][0]), decode(entries[i][1])]);
      return out;
    }
    if (apply(hasOwn, tree, ['$s'])) {
      const out = new SetCtor();
      const items = tree.$s;
      for (let i = 0; i < items.length; i++) apply(setAdd, out, [decode(items[i])]);
      return out;
    }
    if (apply(hasOwn, tree, ['$c'])) return tree.$c;
    return undefined;
  }

  function proxyFunction(id) {
    const fn = function (...args) {
      const encodedArgs = [];
      for (let i = 0; i < args.length; i++) encodedArgs[i] = encode(args[i], 0);
      const answer = request({ op: 'call', id, args: encodedArgs });
      if (answer === null) throw new ErrorCtor('contextBridge: the other world is gone');
      if (!answer.ok) throw decode(answer.value);
      return decode(answer.value);
    };
    if (released) apply(registryRegister, released, [fn, id]);
    return fn;
  }

  // What the other world asks of this one. Every request is answered, synchronously.
  const handlers = {
    call(m) {
      const fn = apply(mapGet, functions, [m.id]);
      if (typeof fn !== 'function') return { ok: false, value: encode(new ErrorCtor('contextBridge: function released'), 0) };
      const args = [];
      for (let i = 0; i < m.args.length; i++) args[i] = decode(m.args[i]);
      try {
        return { ok: true, value: encode(apply(fn, undefined, args), 0) };
      } catch (e) {
        return { ok: false, value: encode(e, 0) };
      }
    },
    settle(m) {
      const s = apply(mapGet, promises, [m.id]);
      if (s) {
        apply(mapDelete, promises, [m.id]);
        if (m.ok) s.resolve(decode(m.value)); else s.reject(decode(m.value));
      }
      return null;
    },
    release(m) {
      apply(mapDelete, functions, [m.id]);
      return null;
    },
    expose(m) {
      if (!mainWorld) return { ok: false, value: encode(new ErrorCtor('not the main world'), 0) };
      if (apply(hasOwn, window, [m.key])) {
        return { ok: false, value: encode(new ErrorCtor(`Cannot bind an API on top of an existing property on the window object: '${m.key}'`), 0) };
      }
      defineProperty(window, m.key, { value: decode(m.value), enumerable: true, writable: false, configurable: false });
      return { ok: true };
    },
    script(m) {
      if (!mainWorld && scriptSink !== null) scriptSink(m.id, m.ok, decode(m.value));
      return null;
    },
    // The bridge's own API for the other world's bridge code (the <webview> element's link), kept out of window.
    internal(m) {
      const value = decode(m.value);
      apply(mapSet, internals, [m.key, value]);
      const waiter = apply(mapGet, internalWaiters, [m.key]);
      if (waiter) waiter(value);
      return { ok: true };
    },
    hello() {
      if (!ready) {
        ready = true;
        for (let i = 0; i < early.length; i++) request(early[i]);
        early.length = 0;
      }
      return { ok: true };
    },
  };

  apply(addEventListener, doc, [inType, (event) => {
    const m = apply(detailOf, event, []);
    if (m === null || typeof m !== 'object') return;
    if (m.op === 'answer') {
      reply = m;
      return;
    }
    const handler = apply(hasOwn, handlers, [m.op]) ? handlers[m.op] : null;
    if (handler === null) return;
    let answer;
    try {
      answer = handler(m);
    } catch (e) { // e.g. a value the structured clone refuses: the caller gets an error, never silence
      answer = { ok: false, value: { $e: { name: 'Error', message: 'contextBridge: ' + String(e && e.message), stack: '' } } };
    }
    if (answer !== null) send({ op: 'answer', ok: answer.ok, value: answer.value });
  }]);

  // Whichever world's script runs first, both learn the other is there: each says hello at start, and answers one.
  ready = request({ op: 'hello' }) !== null;

  // The isolated side's contextBridge.exposeInMainWorld.
  function expose(key, api) {
    const message = { op: 'expose', key, value: encode(api, 0) };
    if (!ready) {
      early[early.length] = message;
      return;
    }
    const answer = request(message);
    if (answer && !answer.ok) throw decode(answer.value);
  }

  // Main world: webContents.executeJavaScript's code, run as the page's own (indirect eval, global scope); the
  // result, or the error's text, goes to the isolated world's bridge, which sends it to Java. A page whose CSP
  // forbids eval gets an EvalError here, and Java then evaluates through DevTools instead.
  function runScript(id, code) {
    const finish = (ok, v) => {
      let value;
      try {
        value = ok ? encode(v, 0) : StringCtor(v);
      } catch (e) {
        ok = false;
        value = 'Error: ' + StringCtor(e && e.message);
      }
      send({ op: 'script', id, ok, value });
    };
    let result;
    try {
      result = indirectEval(code);
    } catch (e) {
      finish(false, e);
      return;
    }
    apply(promiseThen, apply(promiseResolve, PromiseCtor, [result]), [(v) => finish(true, v), (e) => finish(false, e)]);
  }

  function onScript(sink) {
    scriptSink = sink;
  }


  // The bridge's own API for the other world's bridge (not the page's): see the `internal` handler.
  function exposeInternal(key, api) {
    const message = { op: 'internal', key, value: encode(api, 0) };
    if (!ready) {
      early[early.length] = message;
      return;
    }
    request(message);
  }

  // Calls `callback` with the other world's internal API `key`, now if it is there, else when it arrives.
  function onInternal(key, callback) {
    apply(mapSet, internalWaiters, [key, callback]);
    const value = apply(mapGet, internals, [key]);
    if (value !== undefined) callback(value);
  }


  return freeze({ expose, runScript, onScript, exposeInternal, onInternal });
})();
