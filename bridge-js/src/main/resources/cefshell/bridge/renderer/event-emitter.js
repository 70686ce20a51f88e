// provides: EventEmitter
// A small Node-style EventEmitter: ipcRenderer is one, as in Electron.
class EventEmitter {
  constructor() {
    this._events = new Map();
  }

  on(name, listener) {
    if (typeof listener !== 'function') {
      throw new TypeError('The "listener" argument must be of type function. Received type ' + typeof listener);
    }
    const list = this._events.get(name);
    if (list) list.push(listener); else this._events.set(name, [listener]);
    return this;
  }

  addListener(name, listener) { return this.on(name, listener); }

  once(name, listener) {
    if (typeof listener !== 'function') {
      throw new TypeError('The "listener" argument must be of type function. Received type ' + typeof listener);
    }
    const wrapper = (...args) => { this.removeListener(name, wrapper); listener.apply(this, args); };
    wrapper.listener = listener;
    return this.on(name, wrapper);
  }

  removeListener(name, listener) {
    const list = this._events.get(name);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this._events.delete(name);
    return this;
  }

  off(name, listener) { return this.removeListener(name, listener); }

  removeAllListeners(name) {
    if (name === undefined) this._events.clear(); else this._events.delete(name);
    return this;
  }

  listeners(name) {
    return (this._events.get(name) || []).map((l) => l.listener || l);
  }

  listenerCount(name) {
    const list = this._events.get(name);
    return list ? list.length : 0;
  }

  eventNames() { return Array.from(this._events.keys()); }

  emit(name, ...args) {
    const list = this._events.get(name);
    if (!list) return false;
    for (const l of list.slice()) {
      try {
        l.apply(this, args);
      } catch (e) {
        // A throwing listener must not stop the others or the IPC pump: report it like an uncaught error.
        setTimeout(() => { throw e; }, 0);
      }
    }
    return true;
  }
}
