// provides: ipcRenderer, deliver, onInternalMessage
// uses: EventEmitter, transport, codec, ports, wire
// Electron's ipcRenderer: an EventEmitter whose methods forward to the transport. Argument checks and error texts
// follow Electron (see shared/reference/electron-ipc-semantics.md).
class IpcRenderer extends EventEmitter {
  send(channel, ...args) {
    checkContext();
    checkChannel(channel);
    transport.post(transport.KIND.SEND, channel, transport.encodeArgs(args));
  }

  invoke(channel, ...args) {
    // async semantics as in Electron: every failure, cloning included, is a rejection
    try {
      checkContext();
      checkChannel(channel);
      return transport.invoke(channel, transport.encodeArgs(args)).catch((e) => {
        if (e instanceof transport.InvokeError || e instanceof transport.RefusedError) {
          throw new Error(`Error invoking remote method '${channel}': ${e.message}`);
        }
        throw e;
      });
    } catch (e) {
      return Promise.reject(e);
    }
  }

  sendSync(channel, ...args) {
    checkContext();
    checkChannel(channel);
    try {
      return transport.sendSync(channel, transport.encodeArgs(args));
    } catch (e) {
      if (e instanceof transport.RefusedError) throw new Error(e.message);
      throw e;
    }
  }

  // Electron <= 27: delivered to the main frame of another page, bypassing ipcMain.
  sendTo(webContentsId, channel, ...args) {
    checkContext();
    if (typeof webContentsId !== 'number') throw new TypeError('Missing required webContentsId argument');
    if (!Number.isSafeInteger(webContentsId) || webContentsId < 0) {
      throw new TypeError('Error processing argument at index 0, conversion failure from ' + webContentsId);
    }
    checkChannel(channel);
    transport.post(transport.KIND.SEND_TO, channel, transport.encodeArgs(args), webContentsId);
  }

  // Electron: the message is cloned first, then the transfer list is checked; the moved ports reach Java as
  // MessagePortMains in event.ports() (renderer/ports.js keeps the real ones).
  postMessage(channel, message, transfer) {
    checkContext();
    checkChannel(channel);
    const encoded = transport.encodeArgs([message]);
    transport.post(transport.KIND.POST_MESSAGE, channel, encoded, ports.adopt(transfer));
  }

  // Delivered to the <webview> element of the embedding page as an 'ipc-message' event.
  sendToHost(channel, ...args) {
    checkContext();
    checkChannel(channel);
    transport.post(transport.KIND.TO_HOST, channel, transport.encodeArgs(args));
  }
}

// This document, as it was when the bridge started: once its frame is gone (an iframe removed from its page, a
// window closed) its browsing context is null, and Electron refuses IPC from it.
const ownDocument = document;
function checkContext() {
  if (ownDocument.defaultView === null) throw new Error('IPC method called after context was released');
}

function checkChannel(channel) {
  if (typeof channel !== 'string') {
    throw new TypeError('Error processing argument at index 1, conversion failure from ' + String(channel));
  }
}

const ipcRenderer = new IpcRenderer();

// The bridge's own channels (wire.WEBVIEW_EVENT_CHANNEL): their messages go to the bridge's handler, never to
// ipcRenderer's listeners.
const internalHandlers = new Map();
function onInternalMessage(channel, handler) {
  internalHandlers.set(channel, handler);
}

// Items waiting behind a port item whose large binary data is being fetched: delivered after it, in order.
let backlog = null;

function deliverPortItem(item, blobs) {
  const posted = ports.fromJava(item, blobs);
  if (posted !== null) ipcRenderer.emit(posted.channel, { sender: ipcRenderer, ports: posted.ports }, ...posted.args);
}

// Messages from Java (webContents.send, event.reply, sendTo, port traffic): one call per batch, in order.
function deliver(batch) {
  if (backlog !== null) {
    for (const item of batch) backlog.push(item);
    return;
  }
  for (let i = 0; i < batch.length; i++) {
    const item = batch[i];
    if (typeof item[0] === 'number') { // port traffic (wire.PUSH)
      if (item.length > 4) { // [..., token, lengths]: its blobs are fetched in parts first
        backlog = batch.slice(i + 1);
        transport.fetchParts(item[4], item[5]).catch((e) => {
          console.error('cefshell: could not fetch a large MessagePort message: ' + e);
          return [];
        }).then((blobs) => {
          try {
            deliverPortItem(item, blobs);
          } finally {
            const rest = backlog;
            backlog = null;
            deliver(rest);
          }
        });
        return;
      }
      deliverPortItem(item, null);
      continue;
    }
    const [channel, encodedArgs, senderId, senderIsMainFrame] = item;
    let args;
    try {
      args = codec.decodeTree(encodedArgs, null);
    } catch (e) {
      console.error('cefshell: could not decode a message on channel ' + channel + ': ' + e);
      continue;
    }
    if (channel === wire.WEBVIEW_EVENT_CHANNEL) {
      const handler = internalHandlers.get(channel);
      if (handler) handler(args);
      continue;
    }
    const event = { sender: ipcRenderer, ports: [] };
    if (senderId !== undefined) {
      event.senderId = senderId;
      event.senderIsMainFrame = senderIsMainFrame;
    }
    ipcRenderer.emit(channel, event, ...args);
  }
}
