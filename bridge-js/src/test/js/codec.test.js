// Tests for common/codec.js. Load this after codec.js in the same scope (the `codec` binding must be visible).
// Each case throws on failure. Cases needing the DOM skip those parts when there is no `document`.
window.__cefshellTests = window.__cefshellTests || [];
(() => {
  'use strict';

  const CLONE_ERROR = 'An object could not be cloned.';
  const MODES = [['text', () => null], ['binary', () => []]];

  function fail(message) {
    throw new Error(message);
  }

  function show(v) {
    try {
      return typeof v === 'bigint' ? v + 'n' : typeof v === 'string' && v.length > 80 ? 'a ' + v.length + '-char string' : String(v);
    } catch {
      return Object.prototype.toString.call(v);
    }
  }

  function assertEqual(actual, expected, label) {
    if (!Object.is(actual, expected)) fail((label ? label + ': ' : '') + 'expected ' + show(expected) + ' but got ' + show(actual));
  }

  function assert(condition, message) {
    if (!condition) fail(message);
  }

  function bytesOf(v) {
    return v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  }

  // Structural equality that also demands the same sharing: every object of `expected` must map to exactly one
  // object of `actual` (so a cycle must decode to a cycle and a shared reference to a shared reference).
  function assertDeepEqual(actual, expected, path = 'value', pairs = new Map()) {
    if (typeof expected !== 'object' || expected === null) {
      assertEqual(actual, expected, path);
      return;
    }
    if (typeof actual !== 'object' || actual === null) fail(path + ': expected an object but got ' + show(actual));
    if (pairs.has(expected)) {
      if (pairs.get(expected) !== actual) fail(path + ': sharing differs');
      return;
    }
    pairs.set(expected, actual);
    const tag = Object.prototype.toString.call(expected);
    assertEqual(Object.prototype.toString.call(actual), tag, path + ' type');
    if (Array.isArray(expected)) {
      assertEqual(actual.length, expected.length, path + '.length');
      for (let i = 0; i < expected.length; i++) {
        assertEqual(i in actual, i in expected, path + '[' + i + '] present');
        assertDeepEqual(actual[i], expected[i], path + '[' + i + ']', pairs);
      }
    } else if (ArrayBuffer.isView(expected) || expected instanceof ArrayBuffer) {
      assertEqual(actual.constructor, expected.constructor, path + ' constructor');
      assertEqual(actual.byteLength, expected.byteLength, path + '.byteLength');
      const a = bytesOf(actual);
      const e = bytesOf(expected);
      for (let i = 0; i < e.length; i++) if (a[i] !== e[i]) fail(path + ': byte ' + i + ' differs');
    } else if (expected instanceof Date) {
      assertEqual(actual.getTime(), expected.getTime(), path + ' time');
    } else if (expected instanceof RegExp) {
      assertEqual(actual.source, expected.source, path + '.source');
      assertEqual(actual.flags, expected.flags, path + '.flags');
    } else if (expected instanceof Map) {
      assertEqual(actual.size, expected.size, path + '.size');
      const entries = [...actual];
      let i = 0;
      for (const [k, v] of expected) {
        assertDeepEqual(entries[i][0], k, path + ' key ' + i, pairs);
        assertDeepEqual(entries[i][1], v, path + ' value ' + i, pairs);
        i++;
      }
    } else if (expected instanceof Set) {
      assertDeepEqual([...actual], [...expected], path + ' elements', pairs);
    } else if (expected instanceof Error) {
      assertEqual(actual.constructor, expected.constructor, path + ' constructor');
      assertEqual(actual.name, expected.name, path + '.name');
      assertEqual(actual.message, expected.message, path + '.message');
      assertEqual(actual.stack, expected.stack, path + '.stack');
    } else {
      const keys = Object.keys(expected);
      assertEqual(Object.keys(actual).join(), keys.join(), path + ' keys');
      for (const k of keys) assertDeepEqual(actual[k], expected[k], path + '.' + k, pairs);
    }
  }

  function roundTrip(value, blobs) {
    const json = codec.encode(value, blobs);
    assertEqual(typeof json, 'string', 'encode result type');
    JSON.parse(json); // must be valid JSON
    if (blobs === null) assert(!/"\$":"(str|ab|ta)",("k":"\w+",)?"b":/.test(json), 'text transport used a blob: ' + json.slice(0, 200));
    return codec.decode(json, blobs);
  }

  // Registers `name` once per transport; fn(roundTripInThatMode, modeName).
  function bothModes(name, fn) {
    for (const [mode, makeBlobs] of MODES) {
      window.__cefshellTests.push({ name: name + ' (' + mode + ')', fn: () => fn((v) => roundTrip(v, makeBlobs()), mode) });
    }
  }

  function test(name, fn) {
    window.__cefshellTests.push({ name, fn });
  }

  function assertRefused(value, label) {
    for (const [mode, makeBlobs] of MODES) {
      let error = null;
      try {
        codec.encode(value, makeBlobs());
      } catch (e) {
        error = e;
      }
      if (error === null) fail(label + ' was encoded (' + mode + ')');
      assertEqual(Object.getPrototypeOf(error), Error.prototype, label + ' error type');
      assertEqual(error.message, CLONE_ERROR, label + ' error message');
    }
  }

  // ---- Every type of the spec survives a round trip on both transports.

  const SAMPLES = {
    null: null,
    undefined: undefined,
    true: true,
    false: false,
    zero: 0,
    minusZero: -0,
    integer: 42,
    fraction: -1.5e-300,
    maxSafe: Number.MAX_SAFE_INTEGER,
    maxValue: Number.MAX_VALUE,
    NaN: NaN,
    Infinity: Infinity,
    minusInfinity: -Infinity,
    emptyString: '',
    string: 'héllo "wörld" \\ \n\t \u2028\u2029 \u0000 😀',
    loneSurrogates: '\ud800 x \udfff \udc00\ud800',
    bigInt: 123456789012345678901234567890n,
    negativeBigInt: -5n,
    emptyArray: [],
    array: [1, 'two', [3, [4]], { five: 5 }],
    emptyObject: {},
    object: { a: 1, b: { c: [true, null] }, 'with space': 'x', 7: 'seven' },
    dollarObject: { $: 'not a tag', a: { $: { $: 1 } } },
    protoKey: JSON.parse('{"__proto__": {"x": 1}, "y": 2}'),
    nullPrototype: Object.assign(Object.create(null), { a: 1 }),
    date: new Date(1700000000123),
    invalidDate: new Date(NaN),
    regExp: /a+(b)\/[c]/gimsuy,
    emptyRegExp: new RegExp(''),
    map: new Map([[1, 'one'], ['k', { v: [1] }], [{ key: true }, new Set([1])], [NaN, undefined]]),
    set: new Set([1, 'a', null, undefined, [2], -0]),
    arrayBuffer: new Uint8Array([0, 1, 2, 255]).buffer,
    emptyArrayBuffer: new ArrayBuffer(0),
    int8: new Int8Array([-128, 0, 127]),
    uint8: new Uint8Array([0, 128, 255]),
    uint8Clamped: new Uint8ClampedArray([0, 255]),
    int16: new Int16Array([-32768, 1, 32767]),
    uint16: new Uint16Array([0, 65535]),
    int32: new Int32Array([-2147483648, 2147483647]),
    uint32: new Uint32Array([0, 4294967295]),
    float32: new Float32Array([1.5, -0, NaN, Infinity]),
    float64: new Float64Array([Math.PI, -0, NaN, -Infinity]),
    bigInt64: new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n]),
    bigUint64: new BigUint64Array([0n, 2n ** 64n - 1n]),
    dataView: new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2),
    viewIntoLargerBuffer: new Int16Array(new ArrayBuffer(16), 4, 2),
    error: new Error('plain'),
    typeError: new TypeError('typed'),
    rangeError: new RangeError('range'),
    syntaxError: new SyntaxError('syntax'),
    referenceError: new ReferenceError('ref'),
    evalError: new EvalError('eval'),
    uriError: new URIError('uri'),
  };

  for (const [name, value] of Object.entries(SAMPLES)) {
    bothModes('roundTrips ' + name, (rt) => assertDeepEqual(rt(value), value));
    bothModes('roundTrips ' + name + ' nested in an array and an object', (rt) => {
      const wrapped = [value, { inner: value }];
      assertDeepEqual(rt(wrapped), wrapped);
    });
  }

  bothModes('roundTripsEverySampleAtOnce', (rt) => assertDeepEqual(rt(SAMPLES), SAMPLES));

  bothModes('decodesNumbersBitExact', (rt) => {
    for (const n of [0.1, 1 / 3, 5e-324, 2 ** 53 + 2, -1e21, 1e21, 123456.789]) assertEqual(rt(n), n);
  });

  // ---- Identity.

  bothModes('keepsASelfReferencingArray', (rt) => {
    const a = [1];
    a.push(a);
    const b = rt(a);
    assert(b[1] === b, 'arr[1] === arr');
  });

  bothModes('keepsAnObjectCycle', (rt) => {
    const parent = { name: 'p', children: [] };
    const child = { name: 'c', parent };
    parent.children.push(child);
    const copy = rt(parent);
    assert(copy.children[0].parent === copy, 'child.parent === parent');
    assertDeepEqual(copy, parent);
  });

  bothModes('keepsSharedReferences', (rt) => {
    const shared = { s: 1 };
    const date = new Date(5);
    const bytes = new Uint8Array([1, 2]);
    const value = [shared, shared, { again: shared }, date, date, bytes, bytes];
    const copy = rt(value);
    assert(copy[0] === copy[1] && copy[2].again === copy[0], 'shared object');
    assert(copy[3] === copy[4], 'shared Date');
    assert(copy[5] === copy[6], 'shared Uint8Array');
  });

  bothModes('keepsCyclesThroughMapsAndSets', (rt) => {
    const m = new Map();
    const s = new Set();
    m.set(m, s);
    m.set('self', m);
    s.add(m);
    s.add(s);
    const copy = rt(m);
    const copiedSet = copy.get('self') === copy && [...copy.values()][0];
    assert(copiedSet instanceof Set, 'map value is the set');
    assert(copy.has(copy), 'map key is the map itself');
    assert(copiedSet.has(copy) && copiedSet.has(copiedSet), 'set holds the map and itself');
  });

  bothModes('keepsSparseArraysSparse', (rt) => {
    const a = [1, , 3, , ,];
    const b = rt(a);
    assertEqual(b.length, 5);
    assert(!(1 in b) && !(3 in b) && !(4 in b) && 2 in b, 'holes stay holes');
    assertDeepEqual(b, a);
    const huge = [];
    huge[1e6] = 'far';
    huge[3] = { x: 1 };
    const c = rt(huge);
    assertEqual(c.length, 1e6 + 1);
    assertEqual(Object.keys(c).join(), '3,1000000');
    const holeFirst = new Array(3);
    holeFirst[2] = holeFirst;
    const d = rt(holeFirst);
    assert(d[2] === d && !(0 in d), 'sparse self reference');
  });

  bothModes('tellsUndefinedFromAHole', (rt) => {
    const b = rt([undefined, , undefined]);
    assert(0 in b && !(1 in b) && 2 in b, 'undefined elements are present');
  });

  bothModes('keepsUndefinedProperties', (rt) => {
    const b = rt({ a: undefined });
    assert('a' in b && b.a === undefined, 'property kept');
  });

  bothModes('keepsMinusZeroEverywhere', (rt) => {
    const b = rt({ z: -0, list: [-0], m: new Map([['k', -0]]) });
    assertEqual(b.z, -0);
    assertEqual(b.list[0], -0);
    assertEqual(b.m.get('k'), -0);
  });

  bothModes('keepsLoneSurrogatesInKeysAndValues', (rt) => {
    const value = { '\udc00key': '\ud83d', pair: '\ud83d\ude00', mixed: 'a\ud800\ud800b' };
    assertDeepEqual(rt(value), value);
  });

  bothModes('roundTripsAOneMebibyteString', (rt) => {
    const s = 'abcdefgh\u00e9\u4e2d\ud83d\ude00'.repeat(1 << 17).slice(0, 1 << 20); // cut between pairs
    assertEqual(rt(s), s);
    assertEqual(rt([s, s])[1], s);
  });

  bothModes('roundTripsALongStringWithALoneSurrogate', (rt) => {
    const s = 'x'.repeat(100000) + '\udc00';
    assertEqual(rt(s), s);
  });

  bothModes('roundTripsAOneMebibyteTypedArray', (rt) => {
    const a = new Float64Array(1 << 17);
    for (let i = 0; i < a.length; i++) a[i] = i * 1.25;
    assertDeepEqual(rt(a), a);
  });

  bothModes('clonesClassInstancesAsPlainObjects', (rt) => {
    class Point {
      constructor(x, y) {
        this.x = x;
        this.y = y;
      }

      get length() {
        return Math.hypot(this.x, this.y);
      }

      toJSON() {
        return 'must not be used';
      }
    }
    const b = rt({ p: new Point(3, 4) });
    assertEqual(Object.getPrototypeOf(b.p), Object.prototype, 'prototype');
    assertDeepEqual(b.p, { x: 3, y: 4 });
  });

  bothModes('dropsExtraArrayPropertiesAndSymbolKeys', (rt) => {
    const a = [1, 2];
    a.extra = 'x';
    const o = { [Symbol('s')]: 1, kept: 2 };
    Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
    assertDeepEqual(rt([a, o]), [[1, 2], { kept: 2 }]);
  });

  bothModes('restrictsErrorNamesAndKeepsTheStack', (rt) => {
    class CustomError extends TypeError {
      constructor(m) {
        super(m);
        this.name = 'CustomError';
      }
    }
    const custom = rt(new CustomError('why'));
    assertEqual(custom.constructor, Error, 'custom names become Error');
    assertEqual(custom.name, 'Error');
    assertEqual(custom.message, 'why');
    const e = new RangeError('r');
    e.stack = 'RangeError: r\n    at somewhere (x.js:1:2)';
    assertEqual(rt(e).stack, e.stack);
    assertEqual(rt(new Error()).message, '');
  });

  bothModes('roundTripsAnArrayOfEveryViewTypeSharingOneBuffer', (rt) => {
    const buffer = new ArrayBuffer(64);
    new Uint8Array(buffer).forEach((_, i, a) => { a[i] = i * 3; });
    const views = [new Int8Array(buffer, 1, 3), new Uint16Array(buffer, 2, 2), new Float32Array(buffer, 8, 2),
      new BigUint64Array(buffer, 16, 1), new DataView(buffer, 5, 7), new Uint8Array(buffer)];
    const copy = rt(views);
    assertDeepEqual(copy, views);
    for (const v of copy) assertEqual(v.byteOffset, 0, 'decoded views start their own buffer');
  });

  // ---- Refused values.

  test('refusesEveryUncloneableValue', () => {
    const refused = {
      function: () => 1,
      asyncFunction: async () => 1,
      class: class {},
      symbol: Symbol('s'),
      boxedSymbol: Object(Symbol('s')),
      promise: Promise.resolve(1),
      weakMap: new WeakMap(),
      weakSet: new WeakSet(),
      weakRef: new WeakRef({}),
      functionInAnObject: { ok: 1, bad() {} },
      functionInAMap: new Map([['k', () => 1]]),
      symbolInASet: new Set([Symbol.iterator]),
      functionInASparseArray: [1, , () => 1],
      // Claims to be a Date through Symbol.toStringTag but is not one.
      fakeDate: Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'Date' } })),
    };
    for (const [name, value] of Object.entries(refused)) assertRefused(value, name);
    if (typeof SharedArrayBuffer === 'function') assertRefused(new SharedArrayBuffer(8), 'SharedArrayBuffer');
    let shared = null; // a SharedArrayBuffer even where the constructor is hidden (no cross-origin isolation)
    try {
      shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer;
    } catch {
      // no shared memory in this environment
    }
    if (shared !== null) assertRefused(shared, 'shared WebAssembly memory');
  });

  test('refusesHostObjects', () => {
    const hosts = [];
    if (typeof Blob === 'function') hosts.push(['Blob', new Blob(['x'])]);
    if (typeof File === 'function') hosts.push(['File', new File(['x'], 'x.txt')]);
    if (typeof URL === 'function') hosts.push(['URL', new URL('https://example.com/')]);
    if (typeof DOMMatrix === 'function') hosts.push(['DOMMatrix', new DOMMatrix()]);
    if (typeof document === 'object' && document !== null) {
      hosts.push(['window', window], ['location', location], ['document', document],
        ['element', document.createElement('div')], ['text node', document.createTextNode('t')],
        ['NodeList', document.querySelectorAll('*')], ['element in an object', { el: document.documentElement }]);
      if (document.all !== undefined) hosts.push(['document.all', document.all]); // typeof 'undefined', yet an object
    }
    if (typeof OffscreenCanvas === 'function') {
      const canvas = new OffscreenCanvas(1, 1);
      canvas.getContext('2d');
      hosts.push(['ImageBitmap', canvas.transferToImageBitmap()]);
    }
    assert(hosts.length > 0, 'no host object available to test');
    for (const [name, value] of hosts) assertRefused(value, name);
  });

  // ---- Exact encodings (shared with the Java tests: both sides must write these byte for byte).

  test('writesPlainJsonUnchanged', () => {
    assertEqual(codec.encode([1, 'a', null], null), '[1,"a",null]');
    assertEqual(codec.encode({ b: 1, a: [true, false] }, []), '{"b":1,"a":[true,false]}');
    assertEqual(codec.encode('x', null), '"x"');
    assertEqual(codec.encode(1.5, []), '1.5');
  });

  test('writesTheTaggedForms', () => {
    const cases = [
      [undefined, '{"$":"u"}'],
      [NaN, '{"$":"num","v":"NaN"}'],
      [-Infinity, '{"$":"num","v":"-Infinity"}'],
      [-0, '{"$":"num","v":"-0"}'],
      [-12n, '{"$":"big","v":"-12"}'],
      [[1, , 3], '{"$":"arr","len":3,"v":[[0,1],[2,3]]}'],
      [{ $: 1, a: 2 }, '{"$":"obj","v":{"$":1,"a":2}}'],
      [{ a: undefined }, '{"a":{"$":"u"}}'],
      [new Date(0), '{"$":"date","v":0}'],
      [new Date(NaN), '{"$":"date","v":null}'],
      [/a+b/gi, '{"$":"re","src":"a+b","fl":"gi"}'],
      [new Map([[1, 'x']]), '{"$":"map","v":[[1,"x"]]}'],
      [new Set([1]), '{"$":"set","v":[1]}'],
      [new Uint8Array([1, 2, 3]), '{"$":"ta","k":"Uint8Array","b64":"AQID"}'],
      [new Uint8Array([0, 1, 2, 255]).buffer, '{"$":"ab","b64":"AAEC/w=="}'],
      ['\ud800', '"\\ud800"'],
      [Object.assign(new TypeError('m'), { stack: 'S' }), '{"$":"err","n":"TypeError","m":"m","st":"S"}'],
    ];
    for (const [value, json] of cases) assertEqual(codec.encode(value, null), json);
  });

  test('numbersContainersDepthFirstBeforeTheirChildren', () => {
    const d = new Date(0);
    const inner = {};
    const a = [inner, d, [inner, d]];
    assertEqual(codec.encode(a, null), '[{},{"$":"date","v":0},[{"$":"ref","v":1},{"$":"ref","v":2}]]');
    const self = [];
    self.push(self);
    assertEqual(codec.encode(self, null), '[{"$":"ref","v":0}]');
  });

  test('putsBytesAndLongStringsInBlobsOnTheBinaryTransport', () => {
    const blobs = [];
    const bytes = new Uint8Array([1, 2, 3]);
    const long = 'é'.repeat(70000);
    const json = codec.encode([bytes, new Uint16Array([258]), long, 'short'], blobs);
    assertEqual(json, '[{"$":"ta","k":"Uint8Array","b":0},{"$":"ta","k":"Uint16Array","b":1},{"$":"str","b":2},"short"]');
    assertEqual(blobs.length, 3);
    assertDeepEqual(blobs[1], new Uint8Array([2, 1]));
    assertEqual(blobs[2].length, 140000, 'UTF-8 bytes');
    const decoded = codec.decode(json, blobs.map((b) => b.slice().buffer));
    assertEqual(decoded[2], long);
    assertEqual(codec.encode('x'.repeat(65535), []).length, 65537, 'just below the threshold stays inline');
    const noBlobs = [];
    codec.encode('\ud800'.repeat(70000), noBlobs);
    assertEqual(noBlobs.length, 0, 'ill-formed strings stay inline');
  });

  // Canonical encodings: decoding then re-encoding must give the same text, here and in Java (WireFixtures).
  const CANONICAL = [
    '[1,"a",null,true,false]',
    '{"$":"u"}',
    '{"$":"num","v":"NaN"}',
    '{"$":"num","v":"Infinity"}',
    '{"$":"num","v":"-Infinity"}',
    '{"$":"num","v":"-0"}',
    '[0.1,-7,123.456,9007199254740991,-0.5]',
    '{"$":"big","v":"-123456789012345678901234567890"}',
    '{"$":"arr","len":5,"v":[[1,"x"],[3,{"$":"u"}]]}',
    '{"$":"obj","v":{"$":"dollar","a":{"$":"obj","v":{"$":1}}}}',
    '{"2":"two","10":"ten","b":"bee","a":[]}',
    '{"$":"date","v":1700000000000}',
    '{"$":"re","src":"^a+\\\\/$","fl":"gimsuy"}',
    '{"$":"map","v":[["k",1],[{"$":"num","v":"NaN"},[2]],[[],{"$":"ref","v":2}]]}',
    '{"$":"set","v":["a",1,{"$":"u"},{"x":{"$":"ref","v":0}}]}',
    '{"$":"ab","b64":"AAEC/w=="}',
    '{"$":"ta","k":"Int8Array","b64":"gAB/"}',
    '{"$":"ta","k":"Uint8Array","b64":"AQID"}',
    '{"$":"ta","k":"Uint8ClampedArray","b64":"AP8="}',
    '{"$":"ta","k":"Int16Array","b64":"AIABAP9/"}',
    '{"$":"ta","k":"Uint16Array","b64":"AAD//w=="}',
    '{"$":"ta","k":"Int32Array","b64":"AAAAgP///38="}',
    '{"$":"ta","k":"Uint32Array","b64":"AAAAAP////8="}',
    '{"$":"ta","k":"Float32Array","b64":"AADAPw=="}',
    '{"$":"ta","k":"Float64Array","b64":"AAAAAAAA8D8="}',
    '{"$":"ta","k":"BigInt64Array","b64":"AAAAAAAAAIA="}',
    '{"$":"ta","k":"BigUint64Array","b64":"//////////8="}',
    '{"$":"ta","k":"DataView","b64":"AQI="}',
    '{"$":"err","n":"TypeError","m":"bad","st":"TypeError: bad\\n    at x (y.js:1:2)"}',
    '{"$":"err","n":"Error","m":"","st":null}',
    '[{"a":[]},{"$":"ref","v":1},{"$":"ref","v":0},{"$":"ref","v":2}]',
    '{"self":{"$":"ref","v":0},"list":[{"$":"ref","v":1}],"d":{"$":"date","v":0},"again":{"$":"ref","v":2}}',
    '"\\ud800x\\udfff\\u0000\\n"',
    '{"\\udc00":"\\ud83d","é":"😀"}',
  ];

  test('reencodesTheCanonicalFixturesByteForByte', () => {
    for (const json of CANONICAL) assertEqual(codec.encode(codec.decode(json, null), null), json, json);
  });

  test('decodesTheCanonicalFixturesTheSameOnTheBinaryTransport', () => {
    for (const json of CANONICAL) {
      const value = codec.decode(json, null);
      const blobs = [];
      assertDeepEqual(codec.decode(codec.encode(value, blobs), blobs), value, json);
    }
  });

  // ---- Decoder details.

  test('decodesTheEscapedObjectFormLiterally', () => {
    const o = codec.decode('{"$":"obj","v":{"$":"u","n":{"$":"u"}}}', null);
    assertEqual(o.$, 'u');
    assert('n' in o && o.n === undefined, 'values inside are still decoded');
  });

  test('decodesBlobsGivenAsArrayBuffersOrViews', () => {
    const json = '[{"$":"ab","b":0},{"$":"ta","k":"Int16Array","b":1}]';
    const bigger = new Uint8Array([0, 1, 0, 2, 0, 9]);
    const [ab, i16] = codec.decode(json, [new Uint8Array([5, 6]).buffer, bigger.subarray(2, 6)]);
    assertDeepEqual(new Uint8Array(ab), new Uint8Array([5, 6]));
    assertDeepEqual(i16, new Int16Array([512, 2304]));
  });

  test('rejectsMalformedTaggedValues', () => {
    for (const json of ['{"$":"nope"}', '{"$":"ref","v":3}', '[{"$":"ref","v":"length"}]', '{"$":"ta","k":"Array","b64":""}',
      '{"$":"arr","len":-1,"v":[]}', '{"$":"arr","len":2,"v":[[2,1]]}', '{"$":"ab","b":0}']) {
      let threw = false;
      try {
        codec.decode(json, null);
      } catch {
        threw = true;
      }
      assert(threw, 'accepted ' + json);
    }
  });

  test('decodesAnAlreadyParsedTree', () => {
    const blobs = [];
    const json = codec.encode([undefined, new Uint8Array([4]), [1, , 3]], blobs);
    const decoded = codec.decodeTree(JSON.parse('{"args":' + json + '}').args, blobs);
    assertDeepEqual(decoded, [undefined, new Uint8Array([4]), [1, , 3]]);
    assertEqual(codec.decodeTree('plain', null), 'plain');
    assertEqual(codec.decodeTree(null, null), null);
  });

  test('leavesStringsThatLookLikeTagsAlone', () => {
    assertDeepEqual(codec.decode('["$","{\\"$\\":\\"u\\"}"]', null), ['$', '{"$":"u"}']);
    assertDeepEqual(codec.decode(codec.encode({ s: '{"$":"u"}' }, null), null), { s: '{"$":"u"}' });
  });

  test('doesNotModifyTheEncodedValue', () => {
    const value = { a: [1, undefined, -0], b: new Map([[1, 2]]) };
    codec.encode(value, []);
    assertEqual(value.a.length, 3);
    assertEqual(value.a[2], -0);
    assert(value.b instanceof Map, 'map untouched');
  });
})();
