// The benchmark driver, identical in the cefshell page and the raw JCEF page: each side hands in its own
// functions (a round trip, a pipelined send), so both run the same loops and the same clock.
// Times are performance.now() milliseconds. Chromium coarsens that clock (to 100 µs in pages that are not
// cross-origin isolated), so a latency sample may be the mean of a batch of calls: see clockResolution().
window.bench = (() => {
  'use strict';

  // The smallest step performance.now() takes here, in ms.
  function clockResolution() {
    let best = Infinity;
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      let t1 = t0;
      while (t1 === t0) t1 = performance.now();
      best = Math.min(best, t1 - t0);
    }
    return best;
  }

  function text(n) {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
    let s = alphabet;
    while (s.length < n) s += s;
    return s.slice(0, n);
  }

  function bytes(n) {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = (i * 31 + 7) & 255;
    return b;
  }

  function same(a, b) {
    if (typeof a === 'string') return a === b;
    if (!(b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 4093) if (a[i] !== b[i]) return false;
    return a[a.length - 1] === b[b.length - 1];
  }

  // Sequential round trips of one payload; `rt` may return a value (sendSync) or a promise. Returns per-call
  // milliseconds, one sample per batch of `batch` calls.
  async function latency(rt, payload, warmup, samples, batch) {
    for (let i = 0; i < warmup; i++) await rt(payload);
    const out = [];
    for (let s = 0; s < samples; s++) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) await rt(payload);
      out.push((performance.now() - t0) / batch);
    }
    return out;
  }

  // Echo round trips of a large payload, one sample per call, each reply checked outside the timed part.
  async function echo(rt, payload, warmup, samples) {
    for (let i = 0; i < warmup; i++) {
      if (!same(payload, await rt(payload))) throw new Error('echo mismatch in warm-up');
    }
    const out = [];
    for (let s = 0; s < samples; s++) {
      const t0 = performance.now();
      const reply = await rt(payload);
      out.push(performance.now() - t0);
      if (!same(payload, reply)) throw new Error('echo mismatch');
    }
    return out;
  }

  // The floor of an echo of `payload` (a Uint8Array): the fresh buffers no transport avoids, timed one by one and
  // added up: one in the page (the bytes handed to the browser), one in Java (`javaFresh(n)` times its own and
  // returns milliseconds), one back in the page (the reply's bytes). The round trip's wait is not counted.
  async function floor(payload, javaFresh, warmup, samples) {
    const n = payload.length;
    let check = 0;
    const one = async () => {
      const t0 = performance.now();
      const out = new Uint8Array(n);
      out.set(payload);
      const t1 = performance.now();
      const javaMs = await javaFresh(n);
      const t2 = performance.now();
      const back = new Uint8Array(n);
      back.set(out);
      const t3 = performance.now();
      check += back[n - 1];
      return (t1 - t0) + javaMs + (t3 - t2);
    };
    for (let i = 0; i < warmup; i++) await one();
    const times = [];
    for (let s = 0; s < samples; s++) times.push(await one());
    if (check === -1) throw new Error('unreachable');
    return times;
  }

  // A round trip over a bare WebSocket to the bench's own echo server (BareEchoServer), with no cefshell or JCEF code
  // on the way: what any transport over Chromium's WebSocket pays at least. Resolves to the round-trip function.
  function bareSocket(port) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket('ws://127.0.0.1:' + port + '/');
      ws.binaryType = 'arraybuffer';
      let waiter = null;
      ws.onmessage = (e) => waiter(new Uint8Array(e.data));
      ws.onerror = () => reject(new Error('the bare echo socket failed'));
      ws.onopen = () => resolve((p) => new Promise((r) => { waiter = r; ws.send(p); }));
    });
  }

  // `count` messages sent back to back in one turn; `finish()` resolves once Java has received them all.
  // Returns the milliseconds from the first send to that.
  async function pipelined(send, finish, count, payload) {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) send(i, payload);
    const result = await finish(count);
    return { ms: performance.now() - t0, result };
  }

  // Counts pushed messages and checks their order; `done(count, inOrder)` is called at the `expected`-th one.
  function pushReceiver(expected, done) {
    let count = 0;
    let inOrder = true;
    return (i) => {
      if (i !== count) inOrder = false;
      if (++count === expected) done(count, inOrder);
    };
  }

  return { clockResolution, text, bytes, latency, echo, floor, bareSocket, pipelined, pushReceiver };
})();
