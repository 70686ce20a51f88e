// provides: transport
// uses: wire, codec, config, socketLink
// The wire between this document and Java. Every message gets the next sequence number of this document; Java
// delivers them in that order whatever path each took:
//   - cefQuery (text): send/invoke/sendTo/sendToHost, coalesced per event-loop turn into one query;
//   - the document's loopback WebSocket (socket.js): messages carrying binary data or large values, and large
//     replies; when it cannot be opened, a fetch POST to the app scheme (binary frame) instead;
//   - window.prompt answered by Java's dialog handler (PromptTransport): sendSync, which must block the page;
//   - synchronous XHR: sendSync where a prompt cannot carry it (large, or dialogs blocked in this frame).
// Message tuples (JSON text): [kind, channel, args] or [kind, channel, args, webContentsId]; the grammar of requests
// and replies is in docs/wire-format.md, the names both sides share in wire.js.
const transport = (() => {
  const { KIND, REPLY, PATH } = wire;
  const MAX_BATCH_CHARS = 256 * 1024;   // flush early so one query never carries a huge batch
  const MAX_TEXT_CHARS = 256 * 1024;    // larger values go as a binary frame
  // Binary data up to this size goes inline as base64 over cefQuery: a binary frame (fetch) costs ~2 ms more per
  // request, base64 over cefQuery ~13 ms/MiB more per byte; they break even near 190 KiB (BENCHMARKS.md).
  const MAX_TEXT_BLOB_BYTES = 192 * 1024;
  // 32 lowercase hex digits: Java refuses any other form.
  const docId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join('');
  const endpoint = config.endpoint;
  const query = window.cefQuery;        // keep our own references: the page may replace the globals
  const nativePrompt = typeof window.prompt === 'function' ? window.prompt.bind(window) : null;
  const PROMPT_MARKER = wire.PROMPT_MARKER;
  const MAX_PROMPT_CHARS = wire.MAX_DIALOG_CHARS - PROMPT_MARKER.length;
  const utf8 = new TextEncoder();
  const utf8Decoder = new TextDecoder();
  let seq = 0;
  let pending = [];
  let pendingFirst = 0;
  let pendingChars = 0;
  let flushQueued = false;
  let refusal = null;
  // Set once Java has answered a query from this document: CEF then forwards new queries at once (before, it holds
  // them in the renderer until the frame is attached, which cannot happen while the page is blocked in a prompt),
  // and Java knows the document's frame.
  let connected = false;
  // Chromium blocks dialogs in frames of another origin than the top frame's (and in sandboxed frames, which
  // show up as a prompt returning null): sendSync uses XHR there.
  let promptWorks = nativePrompt !== null && sameOriginAsTop();
  // Requests per path, for tests and debugging (__cefshell.transport.stats()).
  const counts = { query: 0, frame: 0, prompt: 0, syncXhr: 0, parts: 0, socketParts: 0, answeredWithBatch: 0 };

  function sameOriginAsTop() {
    try {
      return window.top === window || window.top.location.origin === location.origin;
    } catch (e) {
      return false;
    }
  }

  // "i" first when the batch ends with an invoke, so Java knows without parsing that the query awaits an answer.
  const envelope = (first, msgs, endsWithInvoke) =>
    (endsWithInvoke ? '{"i":1,"d":"' : '{"d":"') + docId + '","s":' + first + ',"m":[' + msgs.join(',') + ']}';

  // JCEF hands query strings to Java through JNI's modified UTF-8, which mangles characters outside the BMP:
  // send every surrogate as a \uXXXX escape (they only occur inside JSON string literals here).
  const SURROGATE = /[\uD800-\uDFFF]/g;
  const escapeSurrogate = (c) => '\\u' + c.charCodeAt(0).toString(16);
  const jniSafe = (text) => text.replace(SURROGATE, escapeSurrogate);

  function reportRefusal(message) {
    if (refusal === null) {
      refusal = message;
      console.error('cefshell: ' + message);
    }
  }

  // Once the document is being unloaded (pagehide), a cefQuery no longer leaves it: what the page still sends (in
  // its own pagehide or unload handlers, as Electron allows) goes at once as a keepalive POST, which outlives it.
  let unloading = false;
  addEventListener('pagehide', () => {
    unloading = true;
    flush();
  });

  // Created at the first large message (the ticket request needs reportRefusal, defined above).
  const socket = socketLink(query, docId, reportRefusal);

  function flush() {
    flushQueued = false;
    if (pending.length === 0) return;
    if (unloading) {
      const first = pendingFirst;
      const msgs = pending;
      pending = [];
      pendingChars = 0;
      postFrame(envelope(first, msgs), [], true).catch(() => {});
      return;
    }
    const request = envelope(pendingFirst, pending);
    pending = [];
    pendingChars = 0;
    counts.query++;
    query({ request: jniSafe(request), persistent: false, onSuccess: answered,
      onFailure(code, message) { reportRefusal(message); } });
  }

  // Java answers a request that awaits no value with what its listeners sent back meanwhile, if anything (a batch, as
  // a pull's answer), in order with everything else it sends this frame.
  let onBatch = null;
  function answered(reply) {
    connected = true;
    if (reply.length > 0 && reply[0] === REPLY.BATCH && onBatch !== null) {
      counts.answeredWithBatch++;
      onBatch(JSON.parse(reply.slice(1)));
    }
  }

  // Where batches from Java go: the bridge's deliver (a pull's answers too, under context isolation).
  function receiveBatches(deliver) {
    onBatch = deliver;
  }

  // Encodes args once in binary mode; the caller picks the path from the result.
  function encodeArgs(args) {
    let blobs = [];
    let json = codec.encode(args, blobs);
    if (blobs.length > 0) {
      let bytes = 0;
      for (const b of blobs) bytes += b.byteLength;
      if (bytes <= MAX_TEXT_BLOB_BYTES) {
        json = codec.encode(args, null);
        blobs = [];
      }
    }
    return { value: args, json, blobs, binary: blobs.length > 0 || json.length > MAX_TEXT_CHARS };
  }

  function tuple(kind, channel, json, extra) {
    return '[' + kind + ',' + JSON.stringify(channel) + ',' + json + (extra === undefined ? '' : ',' + JSON.stringify(extra)) + ']';
  }

  // A flush one task later rather than at the end of this one (lazy posts): the port messages of a burst each come
  // in a task of their own, and would otherwise cost one query each. Scheduled with a MessageChannel, so it runs
  // after the tasks already queued (the rest of the burst), without setTimeout's clamping.
  let lazyQueued = false;
  const lazyKick = new MessageChannel();
  lazyKick.port1.onmessage = () => {
    lazyQueued = false;
    flush();
  };

  // lazy: may wait for the next task to go out (see lazyKick); order is kept either way (sequence numbers).
  function post(kind, channel, encoded, extra, lazy) {
    const msg = tuple(kind, channel, encoded.json, extra);
    if (encoded.binary) {
      flush();
      sendFrame(envelope(++seq, [msg]), encoded.blobs, false).catch((e) => reportRefusal(String(e && e.message || e)));
      return;
    }
    const s = ++seq;
    if (pending.length === 0) pendingFirst = s;
    pending.push(msg);
    pendingChars += msg.length;
    if (unloading || pendingChars > MAX_BATCH_CHARS) {
      flush();
    } else if (lazy === true) {
      if (!flushQueued && !lazyQueued) {
        lazyQueued = true;
        lazyKick.port2.postMessage(null);
      }
    } else if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flush);
    }
  }

  // "b" first: Java needs the blob lengths before it decodes the messages that point into them
  const frameHeader = (envelopeText, blobs) =>
    '{"b":[' + blobs.map((b) => b.byteLength).join(',') + '],' + envelopeText.slice(1);

  // A frame over the socket, or POSTed when this document has none or is being unloaded (the socket closes with
  // it). With an answer wanted, resolves to the reply frame's {header, blobs}.
  function sendFrame(envelopeText, blobs, wantsAnswer) {
    const viaPost = () => {
      const posted = postFrame(envelopeText, blobs);
      return wantsAnswer ? posted.then(readFrame) : posted.then(() => undefined);
    };
    if (unloading) return viaPost();
    return socket.request(frameHeader(envelopeText, blobs), blobs, wantsAnswer, viaPost);
  }

  // Binary frame: [u32 header length, little-endian][header JSON, UTF-8][blob 0][blob 1]...; the header is the
  // envelope with "b": [blob lengths]. Requests and invoke replies use the same framing.
  async function postFrame(envelopeText, blobs, keepalive) {
    counts.frame++;
    const header = utf8.encode(frameHeader(envelopeText, blobs));
    let total = 4 + header.byteLength;
    for (const b of blobs) total += b.byteLength;
    const body = new Uint8Array(total);
    new DataView(body.buffer).setUint32(0, header.byteLength, true);
    body.set(header, 4);
    let at = 4 + header.byteLength;
    for (const b of blobs) {
      body.set(b instanceof Uint8Array ? b : new Uint8Array(b), at);
      at += b.byteLength;
    }
    const response = await fetch(endpoint + PATH.FRAME, { method: 'POST', body, keepalive: keepalive === true,
      headers: { 'Content-Type': 'application/octet-stream' } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok) throw new Error(utf8Decoder.decode(bytes));
    return bytes;
  }

  function readFrame(bytes) {
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
    const header = JSON.parse(utf8Decoder.decode(bytes.subarray(4, 4 + headerLength)));
    const blobs = [];
    let at = 4 + headerLength;
    for (const n of header.b || []) {
      blobs.push(bytes.subarray(at, at + n));
      at += n;
    }
    return { header, blobs };
  }

  // A large reply's blobs come as PARTS parallel GETs, each a byte range of the blobs one after the other (see
  // ReplyParts: CEF streams a response in 64 KiB JNI calls, and parallel streams overlap them). Each blob gets its
  // own buffer, which the decoder then adopts without copying.
  const PARTS = 4;
  async function fetchParts(token, lengths) {
    let fellBack = false;
    const blobs = await socket.fetchBlobs(token, () => {
      fellBack = true;
      return fetchPartsOverScheme(token, lengths);
    });
    if (!fellBack) counts.socketParts++;
    return blobs;
  }

  async function fetchPartsOverScheme(token, lengths) {
    counts.parts++;
    const blobs = lengths.map((n) => new Uint8Array(n));
    let total = 0;
    for (const n of lengths) total += n;
    const parts = [];
    for (let i = 0; i < PARTS; i++) {
      const start = Math.floor(total * i / PARTS);
      parts.push(fetch(endpoint + PATH.PART + '?' + token + '.' + i + '.' + PARTS).then(async (response) => {
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (!response.ok) throw new Error(utf8Decoder.decode(bytes));
        place(blobs, start, bytes);
      }));
    }
    await Promise.all(parts);
    return blobs;
  }

  // Copies `bytes`, which start at byte `start` of the blobs one after the other, into the blobs.
  function place(blobs, start, bytes) {
    let blobStart = 0;
    let done = 0;
    for (const blob of blobs) {
      const from = start + done;
      const blobEnd = blobStart + blob.length;
      if (done < bytes.length && from < blobEnd) {
        const n = Math.min(blobEnd - from, bytes.length - done);
        blob.set(bytes.subarray(done, done + n), from - blobStart);
        done += n;
      }
      blobStart = blobEnd;
    }
  }

  // Resolves with the decoded result or rejects with the error text Java sent ("Error: ..."), as an Error. `kind`:
  // INVOKE, or WEBVIEW for a <webview> operation (answered the same way).
  function invoke(channel, encoded, kind) {
    const msg = tuple(kind === undefined ? KIND.INVOKE : kind, channel, encoded.json);
    if (encoded.binary) {
      flush();
      return sendFrame(envelope(++seq, [msg], true), encoded.blobs, true).then(async ({ header, blobs }) => {
        if ('e' in header) throw new InvokeError(header.e);
        return codec.decodeTree(header.r, header.p ? await fetchParts(header.p, header.b) : blobs);
      });
    }
    // The invoke rides in the same query as the sends before it, as its last message.
    const s = ++seq;
    const first = pending.length ? pendingFirst : s;
    pending.push(msg);
    const request = envelope(first, pending, true);
    pending = [];
    pendingChars = 0;
    counts.query++;
    return new Promise((resolve, reject) => {
      query({
        request: jniSafe(request),
        persistent: false,
        onSuccess(reply) {
          connected = true;
          switch (reply[0]) {
            case REPLY.VALUE:
              try { resolve(codec.decode(reply.slice(1), null)); } catch (e) { reject(e); }
              break;
            case REPLY.PARTS: { // p<token>:<blob lengths>:<json>: a large binary result, fetched in parts
              const [token, lengths] = reply.slice(1, reply.indexOf(':', reply.indexOf(':') + 1)).split(':');
              const json = reply.slice(reply.indexOf(':', reply.indexOf(':') + 1) + 1);
              fetchParts(token, lengths ? lengths.split(',').map(Number) : [])
                .then((blobs) => codec.decodeTree(JSON.parse(json), blobs)).then(resolve, reject);
              break;
            }
            default:
              reject(new InvokeError(reply.slice(1)));
          }
        },
        onFailure(code, message) { reject(new RefusedError(message)); },
      });
    });
  }

  // Blocks until Java answers. Earlier sends are flushed first; Java delivers by sequence number, so they reach
  // their listeners before this one whichever path each took.
  function sendSync(channel, encoded) {
    flush();
    socket.beforeBlocking();
    const json = encoded.blobs.length ? codec.encode(encoded.value, null) : encoded.json; // sync is text only
    const text = jniSafe(envelope(++seq, [tuple(KIND.SYNC, channel, json)]));
    if (promptWorks && connected && text.length <= MAX_PROMPT_CHARS) {
      counts.prompt++;
      const reply = nativePrompt(PROMPT_MARKER + text);
      // null: the dialog never reached Java (this frame may not show dialogs); send it by XHR as for RESEND.
      switch (reply === null ? REPLY.RESEND : reply[0]) {
        case REPLY.VALUE: return codec.decode(reply.slice(1), null);
        case REPLY.LARGE: return syncXhr('GET', PATH.SYNC_RESULT + '?' + reply.slice(1), null);
        case REPLY.REFUSED: throw new RefusedError(reply.slice(1));
      }
      if (reply === null) promptWorks = false;
    }
    return syncXhr('POST', PATH.SYNC, text);
  }

  function syncXhr(method, path, body) {
    counts.syncXhr++;
    const xhr = new XMLHttpRequest();
    xhr.open(method, endpoint + path, false);
    if (body !== null) xhr.setRequestHeader('Content-Type', 'text/plain;charset=UTF-8');
    xhr.send(body);
    if (xhr.status !== 200) throw new RefusedError(xhr.responseText || 'sendSync failed with status ' + xhr.status);
    return codec.decode(xhr.responseText, null);
  }

  // Results of webContents.executeJavaScript go straight to Java, outside the ordered lane: a Java handler may be
  // waiting for one while it holds its document's lane.
  function scriptResult(id, ok, value) {
    let json;
    try {
      json = codec.encode([id, ok, value], null);
    } catch (e) {
      json = codec.encode([id, false, 'Error: ' + e.message], null);
    }
    query({ request: jniSafe('{"x":1,"a":' + json + '}'), persistent: false, onSuccess() {}, onFailure() {} });
  }

  // Messages from Java under context isolation, where Java cannot call into this world: one cefQuery is always
  // waiting in Java ({"w":1,...}); Java answers it with a batch, and the next one is asked at once.
  function startPull() {
    const request = '{"w":1,"d":"' + docId + '"}';
    const pull = () => query({ request, persistent: false,
      onSuccess(reply) {
        pull();
        answered(reply);
      },
      onFailure(code, message) { if (code !== 410) reportRefusal(message); } });
    pull();
  }

  // Introduces this document to Java now, so that a sendSync can take the prompt path from its first call. While the
  // document's first script runs, Chromium's browser side may not have committed its URL yet, and Java then refuses
  // the frame as origin "null": try again a few times, a little later each time (a page of an untrusted origin is
  // refused every time, quietly, and stays on the XHR path).
  const hello = (attempt) => query({ request: '{"h":1,"d":"' + docId + '"}', persistent: false,
    onSuccess() { connected = true; },
    onFailure() { if (!connected && attempt < 8) setTimeout(() => hello(attempt + 1), 10 << attempt); } });
  hello(0);

  class InvokeError extends Error {}
  class RefusedError extends Error {}

  // socket: requests sent over the socket (a request sent again by POST before a sendSync counts in both)
  const stats = () => ({ ...counts, socket: socket.stats().requests, connected, docId, socketState: socket.stats().state,
    socketOpenMs: socket.stats().openMs });

  return { KIND, post, invoke, sendSync, encodeArgs, flush, scriptResult, receiveBatches, startPull, stats, InvokeError, RefusedError, readFrame,
    fetchParts };
})();
