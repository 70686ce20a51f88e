// provides: socketLink
// uses: codec
// The document's loopback WebSocket to Java (cefshell.internal.ipc.transport.socket), for messages with large or
// binary payloads and for large replies: no 64 KiB resource reads, no body copied into one buffer. It carries the
// same frames as the app scheme's POST (a header with the envelope and its sequence number, then the blobs), so Java
// keeps one order across every path. Opened on first use:
//   1. ask Java for a ticket over cefQuery, which Chromium attributes to this frame: {port, token, max}; the request
//      carries a fresh nonce that never goes over the socket;
//   2. connect to ws://127.0.0.1:<port>/?t=<token> (the ticket is single-use and bound to this document and origin);
//   3. before sending anything, check the server's proof, HMAC-SHA256(token, nonce): a process that took the port
//      over cannot know the nonce.
// When any step fails, the socket is not used again by this document and everything goes over the app scheme.
// Messages: q<id>:<header> + one binary message per blob; p<id>:<token> asks for a parked reply's blobs. Java
// answers an invoke or p with r<id>:<reply header> + blobs; x<id>:<text> when it refused a request.
//
// A sendSync blocks this thread, and Chromium writes a large message into the socket in pieces, from this thread:
// what ws.send() took but has not yet passed on (bufferedAmount) would stay stuck while Java holds the sendSync back
// until it has arrived. So before a sendSync blocks, the messages not yet passed on are sent again over the app
// scheme (a fetch hands its whole body over at once). Java takes whichever copy comes first and refuses the other
// ("sequence number ... already used"); that refusal is expected and ignored.
const socketLink = (() => {
  const NativeWebSocket = typeof window.WebSocket === 'function' ? window.WebSocket : null;
  const subtle = window.crypto && window.crypto.subtle ? window.crypto.subtle : null; // secure contexts only
  // Generous: a loopback connect fails fast when it fails; a slow one is a loaded machine, and what waits meanwhile
  // keeps its order (a sendSync sends it by POST at once).
  const OPEN_TIMEOUT_MS = 10000;
  const hex = (bytes) => Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
  const unhex = (text) => new Uint8Array(text.match(/../g).map((h) => parseInt(h, 16)));

  // query: window.cefQuery as the bridge captured it; onRefused(text): a message that wanted no answer was refused.
  return function create(query, docId, onRefused) {
    let state = NativeWebSocket && subtle ? 'idle' : 'failed'; // idle, opening, open, failed
    let ws = null;
    let max = 0;
    let waiting = [];           // what was asked while opening: {go, fallback}
    let nextId = 1;
    const pending = new Map();  // id -> {resolve, reject} of an invoke or p
    let inFlight = [];          // requests ws.send() may not have passed on yet: {id, end, replay, wantsAnswer}
    let sentBytes = 0;
    const rerouted = new Set(); // ids also sent over the app scheme
    const utf8 = new TextEncoder();
    const alreadyUsed = (text) => / already used$/.test(text);
    let incoming = null;        // the reply whose blobs are arriving: {id, header, blobs, left}
    const counts = { requests: 0, replies: 0, openMs: -1 };

    function open() {
      state = 'opening';
      const started = performance.now();
      const nonce = crypto.getRandomValues(new Uint8Array(16));
      const timer = setTimeout(() => fail(), OPEN_TIMEOUT_MS);
      const fail = () => {
        clearTimeout(timer);
        broken();
      };
      query({ request: '{"t":1,"d":"' + docId + '","n":"' + hex(nonce) + '"}', persistent: false,
        onSuccess(reply) {
          if (state !== 'opening' || reply[0] !== 'r') return fail();
          let ticket;
          try {
            ticket = codec.decode(reply.slice(1), null);
            ws = new NativeWebSocket('ws://127.0.0.1:' + ticket.port + '/?t=' + ticket.token);
          } catch (e) {
            return fail();
          }
          max = ticket.max;
          ws.binaryType = 'arraybuffer';
          ws.onerror = () => {};
          ws.onclose = (e) => (state === 'open' ? closed(e) : fail());
          ws.onmessage = (e) => {
            if (state === 'open') {
              receive(e.data);
            } else if (state === 'opening' && typeof e.data === 'string' && e.data[0] === 'h') {
              state = 'proving';
              proof(ticket.token, nonce).then((expected) => {
                if (state !== 'proving' || e.data.slice(1) !== expected) return fail();
                clearTimeout(timer);
                state = 'open';
                counts.openMs = performance.now() - started;
                const ready = waiting;
                waiting = [];
                ready.forEach((w) => w.go());
              }, fail);
            } else {
              fail();
            }
          };
        },
        onFailure() { fail(); } });
    }

    function proof(token, nonce) {
      return subtle.importKey('raw', unhex(token), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
        .then((key) => subtle.sign('HMAC', key, nonce)).then((mac) => hex(new Uint8Array(mac)));
    }

    // Before it opened: whatever waits goes over the app scheme.
    function broken() {
      if (state === 'failed') return;
      state = 'failed';
      if (ws) ws.close();
      const stranded = waiting;
      waiting = [];
      stranded.forEach((w) => w.fallback());
    }

    // After it opened (Java closed it, or the limit was broken): what the socket still held goes by POST (a copy
    // that did arrive is refused as a duplicate), other unanswered requests fail; later messages take the app scheme.
    function closed(e) {
      state = 'failed';
      incoming = null;
      rerouteStuck(true);
      const error = new Error('IPC socket closed' + (e.reason ? ': ' + e.reason : ''));
      pending.forEach((p, id) => { if (!rerouted.has(id)) p.reject(error); }); // a POST copy answers those
      pending.clear();
    }

    function receive(data) {
      forgetPassedOn();
      if (incoming !== null) {
        incoming.blobs.push(new Uint8Array(data));
        if (--incoming.left === 0) finish();
        return;
      }
      if (typeof data !== 'string') return ws.close();
      const colon = data.indexOf(':');
      const id = Number(data.slice(1, colon < 0 ? data.length : colon));
      switch (data[0]) {
        case 'r': {
          const header = JSON.parse(data.slice(colon + 1));
          incoming = { id, header, blobs: [], left: header.b.length };
          if (incoming.left === 0) finish();
          break;
        }
        case 'x': {
          const text = data.slice(colon + 1);
          if (pending.has(id)) settle(id, (p) => p.reject(new Error(text)));
          else if (!(rerouted.has(id) && alreadyUsed(text))) onRefused(text);
          break;
        }
        default:
          ws.close();
      }
    }

    function finish() {
      const { id, header, blobs } = incoming;
      incoming = null;
      counts.replies++;
      settle(id, (p) => p.resolve({ header, blobs }));
    }

    function settle(id, how) {
      const p = pending.get(id);
      if (p !== undefined) {
        pending.delete(id);
        how(p);
      }
    }

    // Runs go() once the socket is open, or fallback() (the app scheme) when this document has none. Either runs
    // synchronously when it can, so that what it sends has left before the page blocks in a sendSync.
    function whenOpen(go, fallback) {
      if (state === 'open') return go();
      if (state === 'failed') return fallback();
      return new Promise((resolve) => {
        waiting.push({ go: () => resolve(go()), fallback: () => resolve(fallback()) });
        if (state === 'idle') open();
      });
    }

    // Sends `text` and the blobs; with an answer wanted, resolves to {header, blobs} or rejects with the refusal.
    // replay() sends the same over the app scheme (see the top).
    function exchange(text, blobs, wantsAnswer, replay) {
      if (text[0] === 'q') counts.requests++;
      forgetPassedOn();
      const id = nextId++;
      const head = text[0] + id + text.slice(1);
      sentBytes += utf8.encode(head).byteLength;
      for (const b of blobs) sentBytes += b.byteLength;
      if (replay !== undefined) inFlight.push({ id, end: sentBytes, replay, wantsAnswer });
      if (!wantsAnswer) {
        ws.send(head);
        for (const b of blobs) ws.send(b);
        return Promise.resolve(undefined);
      }
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        ws.send(head);
        for (const b of blobs) ws.send(b);
      });
    }

    // Drops what the socket has certainly passed on (bufferedAmount may lag behind, never run ahead).
    function forgetPassedOn() {
      if (inFlight.length === 0) return;
      const passedOn = sentBytes - ws.bufferedAmount;
      inFlight = inFlight.filter((r) => r.end > passedOn);
    }

    // Sends again over the app scheme what the socket may not have passed on (see the top); `closing`: the socket
    // will not answer, so the copy's answer is the only one.
    function rerouteStuck(closing) {
      const passedOn = sentBytes - ws.bufferedAmount;
      const stuck = inFlight.filter((r) => r.end > passedOn);
      inFlight = [];
      for (const r of stuck) {
        rerouted.add(r.id);
        const copy = r.replay();
        if (!r.wantsAnswer) {
          copy.catch((e) => { if (!alreadyUsed(e.message)) onRefused(e.message); });
          continue;
        }
        // the first answer wins; one copy's "already used" refusal is no answer
        const p = pending.get(r.id);
        if (p === undefined) continue;
        if (closing) {
          pending.delete(r.id);
          copy.then(p.resolve, p.reject);
          continue;
        }
        // "already used" from the POST while the socket is closed: the socket's copy arrived, its answer never will
        let failures = 0;
        const failed = (e) => {
          if (!alreadyUsed(e.message)) p.reject(e);
          else if (++failures === 2 || state === 'failed') p.reject(new Error('IPC socket closed before the answer came'));
        };
        pending.set(r.id, { resolve: p.resolve, reject: failed });
        copy.then(p.resolve, failed);
      }
    }
    // A frame (its header text, then its blobs): see exchange; or fallback() (larger than Java takes over the socket,
    // or no socket).
    function request(header, blobs, wantsAnswer, fallback) {
      let total = header.length;
      for (const b of blobs) total += b.byteLength;
      return whenOpen(() => (total > max ? fallback() : exchange('q:' + header, blobs, wantsAnswer, fallback)), fallback);
    }

    // The blobs of a large reply Java parked under `token`, or fallback() without a socket.
    function fetchBlobs(token, fallback) {
      return whenOpen(() => exchange('p:' + token, [], true).then((r) => r.blobs), fallback);
    }

    // The page is about to block (sendSync): what waits for the socket to open goes over the app scheme now, since
    // it could not go before the block ends, and Java may be holding the sendSync back until it has arrived.
    function beforeBlocking() {
      const stranded = waiting;
      waiting = [];
      stranded.forEach((w) => w.fallback());
      if (state === 'open') rerouteStuck(false);
    }

    const stats = () => ({ state, ...counts });

    return { request, fetchBlobs, beforeBlocking, stats };
  };
})();
