// provides: codec
// The IPC value codec: structured-clone values <-> JSON text + optional binary blobs.
// The contract is docs/wire-format.md; cefshell.internal.codec is the Java half and must stay in step with it.
// This file is concatenated into the preload script's outer function: it defines `codec` and nothing else.
const codec = (() => {
  'use strict';

  const CLONE_ERROR = 'An object could not be cloned.';
  // Strings at least this long (UTF-16 units) travel as UTF-8 blobs when the transport carries blobs.
  const STRING_BLOB_MIN = 65536;
  const ERROR_TYPES = {
    __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
  };
  const VIEW_TYPES = {
    __proto__: null, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
  };

  // Captured once so that pages patching the globals later cannot change what the codec does.
  const objectProto = Object.prototype;
  const arrayProto = Array.prototype;
  const getProto = Object.getPrototypeOf;
  const hasOwn = Object.hasOwn;
  const keysOf = Object.keys;
  const isArray = Array.isArray;
  const isView = ArrayBuffer.isView;
  const defineProperty = Object.defineProperty;
  const tagOf = Function.prototype.call.bind(objectProto.toString);
  // [[TypedArrayName]] of a typed array (a brand check); undefined for a DataView.
  const typedArrayName = Function.prototype.call.bind(
    Object.getOwnPropertyDescriptor(getProto(Uint8Array.prototype), Symbol.toStringTag).get);
  const dateValue = Function.prototype.call.bind(Date.prototype.getTime);
  const mapEntries = Function.prototype.call.bind(Map.prototype.entries);
  const setValues = Function.prototype.call.bind(Set.prototype.values);
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const utf8Encoder = new TextEncoder();
  const utf8Decoder = new TextDecoder();

  // Shared, never-mutated encodings of the special numbers and undefined.
  const UNDEFINED = Object.freeze({ $: 'u' });
  const NAN = Object.freeze({ $: 'num', v: 'NaN' });
  const INFINITY = Object.freeze({ $: 'num', v: 'Infinity' });
  const MINUS_INFINITY = Object.freeze({ $: 'num', v: '-Infinity' });
  const MINUS_ZERO = Object.freeze({ $: 'num', v: '-0' });

  const toBase64 = typeof Uint8Array.prototype.toBase64 === 'function'
    ? (bytes) => bytes.toBase64()
    : (bytes) => {
      // btoa wants a binary string; build it in chunks small enough for Function.prototype.apply.
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    };
  const fromBase64 = typeof Uint8Array.fromBase64 === 'function'
    ? (text) => Uint8Array.fromBase64(text)
    : (text) => {
      const binary = atob(text);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    };

  // UTF-8 bytes of a well-formed string. encodeInto a buffer sized for ASCII is about twice as fast as encode()
  // (10 MiB: ~22 ms against ~48 ms in Chromium 146); the rest of a non-ASCII string gets a buffer sized for the worst.
  function utf8(s) {
    const buf = new Uint8Array(s.length);
    const first = utf8Encoder.encodeInto(s, buf);
    if (first.read === s.length) return first.written === buf.length ? buf : buf.subarray(0, first.written);
    const rest = s.length - first.read;
    const out = new Uint8Array(first.written + rest * 3);
    out.set(buf.subarray(0, first.written));
    const second = utf8Encoder.encodeInto(s.slice(first.read), out.subarray(first.written));
    return out.subarray(0, first.written + second.written);
  }

  function cloneError() {
    return new Error(CLONE_ERROR);
  }

  function malformed(what) {
    return new Error('cefshell codec: malformed message (' + what + ')');
  }

  function specialNumber(n) {
    if (n !== n) return NAN;
    if (n === Infinity) return INFINITY;
    if (n === -Infinity) return MINUS_INFINITY;
    return MINUS_ZERO;
  }

  // Assigns a key on a fresh object; '__proto__' must not reach the inherited setter.
  function put(target, key, value) {
    if (key === '__proto__') {
      defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    } else {
      target[key] = value;
    }
  }

  // True when `key` (an own key of an array) is a canonical array index below `length`.
  function isIndexBelow(key, length) {
    const n = +key;
    return n >>> 0 === n && n < length && String(n) === key;
  }

  // Encodes one message. The result is a JSON-ready tree that reuses the caller's arrays and plain objects
  // wherever nothing inside them needs rewriting (copy on write), so plain data costs no allocation here
  // and JSON.stringify does the real work. One Encoder per encode() call (a getter may itself send IPC).
  class Encoder {
    constructor(blobs) {
      this.blobs = blobs;
      this.seen = null; // container -> number, created on the first container
    }

    value(v) {
      switch (typeof v) {
        case 'string':
          return this.blobs !== null && v.length >= STRING_BLOB_MIN ? this.longString(v) : v;
        case 'number':
          // v - v is 0 exactly for finite numbers; -0 is the only finite number JSON cannot carry.
          return v - v === 0 && (v !== 0 || 1 / v > 0) ? v : specialNumber(v);
        case 'boolean':
          return v;
        case 'object':
          return v === null ? null : this.container(v);
        case 'undefined':
          if (v === undefined) return UNDEFINED;
          break; // document.all: a host object that pretends to be undefined
        case 'bigint':
          return { $: 'big', v: v.toString() };
      }
      throw cloneError(); // function, symbol
    }

    longString(s) {
      if (!s.isWellFormed()) return s; // UTF-8 cannot carry lone surrogates: leave them to JSON's \u escapes
      return { $: 'str', b: this.blobs.push(utf8(s)) - 1 };
    }

    container(o) {
      const seen = this.seen ??= new Map();
      const number = seen.get(o);
      if (number !== undefined) return { $: 'ref', v: number };
      // Numbered before its children (pre-order), exactly as the decoders count.
      seen.set(o, seen.size);
      if (isArray(o)) return this.array(o);
      const proto = getProto(o);
      if (proto === objectProto || proto === null) return this.object(o, false);
      return this.special(o);
    }

    array(a) {
      const length = a.length;
      // A subclass instance is always copied so JSON.stringify cannot meet its toJSON.
      let out = getProto(a) === arrayProto ? null : [];
      for (let i = 0; i < length; i++) {
        const x = a[i];
        if (x === undefined && !(i in a)) return this.sparse(a, i, out);
        const y = this.value(x);
        if (out !== null) out.push(y);
        else if (y !== x) {
          out = a.slice(0, i);
          out.push(y);
        }
      }
      return out ?? a;
    }

    // Continues array() from its first hole at `hole`; elements before it are already encoded (in `done`,
    // or unchanged in `a`), so nothing is visited twice and the numbering stays pre-order.
    sparse(a, hole, done) {
      const entries = [];
      for (let i = 0; i < hole; i++) entries.push([i, done !== null ? done[i] : a[i]]);
      // Own keys list array indices first, ascending; the first other key ends them.
      for (const key of keysOf(a)) {
        if (!isIndexBelow(key, a.length)) break;
        const i = +key;
        if (i > hole) entries.push([i, this.value(a[i])]);
      }
      return { $: 'arr', len: a.length, v: entries };
    }

    // Own enumerable string keys, as structured clone and JSON.stringify both see them. Plain objects are
    // copied only once a value changes (getters are therefore read again by the copy or by JSON.stringify);
    // class instances (`copy`) are always copied, which drops their prototype as structured clone does.
    object(o, copy) {
      const keys = keysOf(o);
      let out = copy ? {} : null;
      let hasDollar = false;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === '$') hasDollar = true;
        const x = o[key];
        const y = this.value(x);
        if (out !== null) put(out, key, y);
        else if (y !== x) {
          out = {};
          for (let j = 0; j < i; j++) put(out, keys[j], o[keys[j]]);
          put(out, key, y);
        }
      }
      return hasDollar ? { $: 'obj', v: out ?? o } : out ?? o;
    }

    special(o) {
      if (isView(o)) {
        const bytes = new Uint8Array(o.buffer, o.byteOffset, o.byteLength);
        return this.bytes({ $: 'ta', k: typedArrayName(o) ?? 'DataView' }, bytes);
      }
      switch (tagOf(o)) {
        case '[object Object]': // a class instance: its own enumerable properties, as a plain object
          return this.object(o, true);
        case '[object Date]': {
          const t = brandChecked(dateValue, o);
          return { $: 'date', v: t === t ? t : null };
        }
        case '[object RegExp]':
          return { $: 're', src: o.source, fl: o.flags };
        case '[object Map]': {
          const v = [];
          for (const [key, value] of brandChecked(mapEntries, o)) {
            const k = this.value(key); // key before value: the decoders number them in this order
            v.push([k, this.value(value)]);
          }
          return { $: 'map', v };
        }
        case '[object Set]': {
          const v = [];
          for (const value of brandChecked(setValues, o)) v.push(this.value(value));
          return { $: 'set', v };
        }
        case '[object ArrayBuffer]':
          return this.bytes({ $: 'ab' }, new Uint8Array(o));
        case '[object Error]':
          return this.error(o);
      }
      throw cloneError(); // host objects, Promise, WeakMap, WeakSet, WeakRef, SharedArrayBuffer, boxed primitives...
    }

    error(e) {
      // Structured clone keeps only the standard error names, and only an own message.
      const name = e.name;
      const message = hasOwn(e, 'message') ? String(e.message) : '';
      const stack = e.stack;
      return {
        $: 'err',
        n: typeof name === 'string' && name in ERROR_TYPES ? name : 'Error',
        m: message,
        st: typeof stack === 'string' ? stack : null,
      };
    }

    // The blob is a view on the caller's memory, not a copy: the transport must consume it before returning.
    bytes(tag, bytes) {
      if (this.blobs !== null) tag.b = this.blobs.push(bytes) - 1;
      else tag.b64 = toBase64(bytes);
      return tag;
    }
  }

  // A tag that lies (Symbol.toStringTag on an ordinary object) fails the brand check: refuse it like any host object.
  function brandChecked(fn, o) {
    try {
      return fn(o);
    } catch {
      throw cloneError();
    }
  }

  // Decodes one message in place: JSON.parse builds the arrays and plain objects, and the walk swaps tagged
  // objects for the values they stand for. Only objects and arrays are visited. One Decoder per decode() call.
  class Decoder {
    constructor(blobs) {
      this.blobs = blobs;
      this.refs = []; // containers in numbering order
    }

    value(x) {
      return typeof x === 'object' && x !== null ? this.node(x) : x;
    }

    node(x) {
      if (isArray(x)) {
        this.refs.push(x);
        for (let i = 0; i < x.length; i++) {
          const e = x[i];
          if (typeof e === 'object' && e !== null) x[i] = this.node(e);
        }
        return x;
      }
      const tag = x.$;
      if (tag === undefined || !hasOwn(x, '$')) {
        this.refs.push(x);
        this.fields(x);
        return x;
      }
      return this.tagged(tag, x);
    }

    fields(o) {
      for (const key of keysOf(o)) {
        const e = o[key];
        if (typeof e === 'object' && e !== null) o[key] = this.node(e);
      }
    }

    tagged(tag, x) {
      switch (tag) {
        case 'u':
          return undefined;
        case 'num':
          return +x.v;
        case 'big':
          return BigInt(x.v);
        case 'str':
          return utf8Decoder.decode(this.blob(x.b));
        case 'ref': {
          const target = x.v >>> 0 === x.v ? this.refs[x.v] : undefined;
          if (target === undefined) throw malformed('ref ' + x.v);
          return target;
        }
        case 'arr': {
          const length = x.len;
          if (length >>> 0 !== length) throw malformed('array length ' + length);
          const a = new Array(length);
          this.refs.push(a);
          for (const entry of x.v) {
            const i = entry[0];
            if (!(i >>> 0 === i && i < length)) throw malformed('array index ' + i);
            a[i] = this.value(entry[1]);
          }
          return a;
        }
        case 'obj': {
          const o = x.v;
          if (typeof o !== 'object' || o === null || isArray(o)) throw malformed('obj');
          this.refs.push(o);
          this.fields(o); // keys are literal here, "$" included
          return o;
        }
        case 'date':
          return this.registered(new Date(x.v === null ? NaN : x.v));
        case 're':
          return this.registered(new RegExp(x.src, x.fl));
        case 'map': {
          const m = this.registered(new Map());
          for (const entry of x.v) {
            const key = this.value(entry[0]);
            m.set(key, this.value(entry[1]));
          }
          return m;
        }
        case 'set': {
          const s = this.registered(new Set());
          for (const e of x.v) s.add(this.value(e));
          return s;
        }
        case 'ab':
          return this.registered(ownBuffer(this.bytes(x)));
        case 'ta': {
          const View = VIEW_TYPES[x.k];
          if (View === undefined) throw malformed('view kind ' + x.k);
          return this.registered(new View(ownBuffer(this.bytes(x))));
        }
        case 'err': {
          const ErrorType = ERROR_TYPES[x.n] ?? Error;
          const e = new ErrorType(x.m);
          // The sender's stack, or none: a stack captured here would only point into this codec.
          const stack = typeof x.st === 'string' ? x.st : undefined;
          defineProperty(e, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
          return this.registered(e);
        }
      }
      throw malformed('tag ' + tag);
    }

    registered(container) {
      this.refs.push(container);
      return container;
    }

    bytes(x) {
      return x.b !== undefined ? this.blob(x.b) : fromBase64(x.b64);
    }

    blob(i) {
      const b = this.blobs !== null ? this.blobs[i] : undefined;
      if (b === undefined || b === null) throw malformed('blob ' + i);
      return isView(b) ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : new Uint8Array(b);
    }
  }

  // An ArrayBuffer holding exactly these bytes. A blob that fills its whole buffer is adopted rather than
  // copied, so decode() may hand out views on the memory of the blobs it was given.
  function ownBuffer(bytes) {
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  }

  /**
   * Encodes a value to the JSON text of docs/wire-format.md.
   * `blobs` null: text transport, binary data inline as base64. An array: binary transport, binary data and
   * long strings are pushed onto it as Uint8Array views (not copies) and referenced by index.
   * Throws Error('An object could not be cloned.') for values structured clone refuses.
   */
  function encode(value, blobs) {
    const list = blobs ?? null;
    if (typeof value === 'string' && (list === null || value.length < STRING_BLOB_MIN)) return stringify(value);
    return stringify(new Encoder(list).value(value));
  }

  /** Decodes JSON text (and the blobs beside it: Uint8Array or ArrayBuffer, or null) back to the value. */
  function decode(json, blobs) {
    const v = parse(json);
    // Without a "$" key there is nothing tagged, hence no ref and no hole: JSON.parse did all the work.
    if (typeof v !== 'object' || v === null || !json.includes('"$"')) return v;
    return new Decoder(blobs ?? null).node(v);
  }

  /**
   * Decodes a value whose JSON was already parsed (a message embedded in a larger JSON document or in script
   * source). The tree is rewritten in place and must not be used afterwards except through the result.
   */
  function decodeTree(tree, blobs) {
    return typeof tree === 'object' && tree !== null ? new Decoder(blobs ?? null).node(tree) : tree;
  }

  return { encode, decode, decodeTree };
})();
