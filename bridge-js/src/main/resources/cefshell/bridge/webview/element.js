// provides: defineWebview
// Electron's <webview> element for a host page whose window has webviewTag. The guest is a page of its own (a
// separate browser that Java lays over this element's rectangle), so the element holds no iframe: it is a box
// that reports where it is, forwards its methods to Java and turns Java's events into DOM events. Chromium only
// lets pages define custom elements whose name has a hyphen (Electron lifts that with an internal switch), so a
// <webview> stays an HTML element of its own, and one MutationObserver gives each its methods (its prototype
// becomes WebView.prototype) and plays the custom-element callbacks: connected, disconnected, src changed. It talks to Java
// only through `link` ({ call(op, args) -> Promise, onEvent(handler) }), so the same element works wherever the link
// is made (webview/page-link.js in the page's world). Operations (Java: cefshell.internal.guest.GuestOps):
//   create [viewId, {src, partition, preload, allowpopups, webpreferences, useragent, httpreferrer}] -> guest
//   webContents id, or -1 when Java's will-attach-webview refused it;  rect [viewId, x, y, w, h, visible];
//   destroy [viewId];  and the element's methods, [viewId, ...arguments].
// Events arrive as (viewId, name, props, state): props are copied onto a plain Event (no bubbling, not cancelable,
// as Electron's), state ({url, title, isLoading, canGoBack, canGoForward, isCrashed, userAgent}) answers the
// synchronous getters. As in Electron, src follows the guest's navigations (without loading again), setting it to
// any value loads it, clearing it is undone, and partition cannot change once the guest exists.
function defineWebview(link) {
  if (typeof window.WebView === 'function') return;
  const NOT_ATTACHED = 'The WebView must be attached to the DOM and the dom-ready event emitted before this method '
    + 'can be called.';
  const views = new Map();       // viewId -> element
  const internals = new WeakMap(); // element -> its state
  let nextViewId = 1;

  link.onEvent((viewId, name, props, state) => {
    const el = views.get(viewId);
    if (!el) return; // the element is gone: Electron drops such events too
    const s = internals.get(el);
    if (state) s.state = state;
    if (name === 'dom-ready') s.ready = true;
    if (name === 'destroyed') forget(el, s);
    if (name === 'load-commit' && props && props.isMainFrame && el.getAttribute('src') !== props.url) {
      s.ownSrc = props.url;
      el.setAttribute('src', props.url);
    }
    const event = new Event(name);
    Object.assign(event, props || {});
    el.dispatchEvent(event);
  });

  // ---- where the element is: one tracker for all elements, coalesced to one check per 16 ms
  let checkQueued = false;
  function scheduleCheck() {
    if (checkQueued) return;
    checkQueued = true;
    setTimeout(checkAll, 16);
  }
  function checkAll() {
    checkQueued = false;
    for (const el of views.values()) report(el);
  }
  function report(el) {
    const s = internals.get(el);
    if (!s || s.guestId === null) return;
    const r = el.getBoundingClientRect();
    const visible = el.isConnected && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    const rect = [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height), visible];
    if (s.lastRect !== null && rect.every((v, i) => v === s.lastRect[i])) return;
    s.lastRect = rect;
    link.call('rect', [s.viewId, ...rect]).catch(() => {});
  }
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(scheduleCheck) : null;
  let watching = false;
  function watchPage() {
    if (watching) return;
    watching = true;
    addEventListener('scroll', scheduleCheck, true);
    addEventListener('resize', scheduleCheck, true);
    const start = () => new MutationObserver(scheduleCheck).observe(document.documentElement,
      { attributes: true, childList: true, subtree: true, characterData: true });
    if (document.documentElement) start(); else addEventListener('DOMContentLoaded', start);
  }

  function resolved(url) {
    try { return new URL(url, location.href).href; } catch (e) { return url; }
  }

  function create(el, s) {
    const src = el.getAttribute('src');
    if (s.viewId !== null || src === null || src === '') return;
    const partition = el.getAttribute('partition') || '';
    if (partition === 'persist:') {
      console.error('Invalid partition attribute.');
      return;
    }
    s.viewId = nextViewId++;
    s.partition = partition;
    views.set(s.viewId, el);
    watchPage();
    if (resizes) resizes.observe(el);
    const params = { src: resolved(src), partition,
      preload: el.hasAttribute('preload') ? resolved(el.getAttribute('preload')) : '',
      allowpopups: el.hasAttribute('allowpopups'), webpreferences: el.getAttribute('webpreferences') || '',
      useragent: el.getAttribute('useragent') || '', httpreferrer: el.getAttribute('httpreferrer') || '' };
    link.call('create', [s.viewId, params]).then((guestId) => {
      if (guestId === -1) { // will-attach-webview's preventDefault
        forget(el, s);
        el.dispatchEvent(new Event('destroyed'));
        return;
      }
      s.guestId = guestId;
      scheduleCheck();
    }, (e) => {
      console.error('<webview>: ' + (e && e.message || e));
      const event = new Event('destroyed');
      forget(el, s);
      el.dispatchEvent(event);
    });
  }

  function forget(el, s) {
    if (s.viewId !== null) views.delete(s.viewId);
    if (resizes) resizes.unobserve(el);
    s.viewId = null;
    s.guestId = null;
    s.ready = false;
    s.lastRect = null;
  }

  function attached(el) {
    const s = internals.get(el);
    if (!s || !s.ready || s.viewId === null) throw new Error(NOT_ATTACHED);
    return s;
  }

  function checkChannel(channel) {
    if (typeof channel !== 'string') {
      throw new TypeError('Error processing argument at index 1, conversion failure from ' + String(channel));
    }
  }

  class WebViewElement extends HTMLElement {
    connectedCallback() {
      const s = internals.get(this);
      if (s.detachTimer !== null) { // moved within the page: keep the guest (Electron would reload it)
        clearTimeout(s.detachTimer);
        s.detachTimer = null;
      }
      if (s.viewId === null) create(this, s); else scheduleCheck();
    }

    disconnectedCallback() {
      const s = internals.get(this);
      scheduleCheck(); // hides the guest at once
      // Destroyed only if not put back in the same task (a move is a removal and an insertion).
      s.detachTimer = setTimeout(() => {
        s.detachTimer = null;
        if (this.isConnected || s.viewId === null) return;
        const viewId = s.viewId;
        forget(this, s);
        link.call('destroy', [viewId]).catch(() => {});
      }, 0);
    }

    srcChanged() {
      const s = internals.get(this);
      const value = this.getAttribute('src');
      const own = s.ownSrc;
      s.ownSrc = null;
      if (own !== null && value === own) return; // the element's own update after a navigation
      if ((value === null || value === '') && s.guestId !== null && s.state.url) { // Electron undoes a clear
        s.ownSrc = s.state.url;
        this.setAttribute('src', s.state.url);
        return;
      }
      if (value === null || value === '' || !this.isConnected) return;
      if (s.viewId === null) create(this, s);
      else if (s.guestId !== null) link.call('loadURL', [s.viewId, resolved(value)]).catch(() => {});
    }

    partitionChanged() {
      const s = internals.get(this);
      const value = this.getAttribute('partition') || '';
      if (s.viewId === null || value === s.partition) return;
      console.error('The object has already navigated, so its partition cannot be changed.');
      if (s.partition === '') this.removeAttribute('partition'); else this.setAttribute('partition', s.partition);
    }

    // Attributes reflected as properties, as Electron's element has them.
    get src() { return this.getAttribute('src') || ''; }
    set src(value) { this.setAttribute('src', String(value)); }
    get partition() { return this.getAttribute('partition') || ''; }
    set partition(value) { this.setAttribute('partition', String(value)); }
    get preload() { return this.getAttribute('preload') || ''; }
    set preload(value) { this.setAttribute('preload', String(value)); }
    get allowpopups() { return this.hasAttribute('allowpopups'); }
    set allowpopups(value) { if (value) this.setAttribute('allowpopups', ''); else this.removeAttribute('allowpopups'); }
    get webpreferences() { return this.getAttribute('webpreferences') || ''; }
    set webpreferences(value) { this.setAttribute('webpreferences', String(value)); }
    get useragent() { return this.getAttribute('useragent') || ''; }
    set useragent(value) { this.setAttribute('useragent', String(value)); }
    get httpreferrer() { return this.getAttribute('httpreferrer') || ''; }
    set httpreferrer(value) { this.setAttribute('httpreferrer', String(value)); }

    getURL() { return attached(this).state.url; }
    getTitle() { return attached(this).state.title; }
    isLoading() { return attached(this).state.isLoading; }
    canGoBack() { return attached(this).state.canGoBack; }
    canGoForward() { return attached(this).state.canGoForward; }
    getWebContentsId() { return attached(this).guestId; }
    isCrashed() { return attached(this).state.isCrashed; }
    getUserAgent() { return attached(this).state.userAgent; }

    loadURL(url, options) {
      const s = attached(this);
      const o = options && typeof options === 'object' ? options : {};
      const opts = {};
      if (typeof o.userAgent === 'string') opts.userAgent = o.userAgent;
      if (typeof o.httpReferrer === 'string') opts.httpReferrer = o.httpReferrer;
      else if (o.httpReferrer && typeof o.httpReferrer.url === 'string') opts.httpReferrer = o.httpReferrer.url;
      if (opts.userAgent !== undefined) s.state.userAgent = opts.userAgent;
      return link.call('loadURL', [s.viewId, resolved(String(url)), opts]).then(() => undefined);
    }
    insertCSS(css) { return link.call('insertCSS', [attached(this).viewId, String(css)]); }
    removeInsertedCSS(key) { return link.call('removeInsertedCSS', [attached(this).viewId, String(key)]).then(() => undefined); }
    setUserAgent(userAgent) {
      const s = attached(this);
      s.state.userAgent = String(userAgent);
      link.call('setUserAgent', [s.viewId, String(userAgent)]).catch(() => {});
    }
    focus() {
      const s = internals.get(this);
      if (s && s.guestId !== null) link.call('focus', [s.viewId]).catch(() => {});
      else HTMLElement.prototype.focus.call(this);
    }
    reload() { link.call('reload', [attached(this).viewId]).catch(() => {}); }
    stop() { link.call('stop', [attached(this).viewId]).catch(() => {}); }
    goBack() { link.call('goBack', [attached(this).viewId]).catch(() => {}); }
    goForward() { link.call('goForward', [attached(this).viewId]).catch(() => {}); }
    openDevTools() { link.call('openDevTools', [attached(this).viewId]).catch(() => {}); }
    executeJavaScript(code) { return link.call('executeJavaScript', [attached(this).viewId, String(code)]); }

    send(channel, ...args) {
      const s = attached(this);
      checkChannel(channel);
      return link.call('send', [s.viewId, channel, ...args]).then(() => undefined);
    }

    sendToFrame(frameId, channel, ...args) {
      const s = attached(this);
      if (!(typeof frameId === 'number' || typeof frameId === 'string'
          || (Array.isArray(frameId) && frameId.length === 2))) {
        throw new Error('Missing required frame argument (must be number or [processId, frameId])');
      }
      checkChannel(channel);
      return link.call('sendToFrame', [s.viewId, Array.isArray(frameId) ? frameId[1] : frameId, channel, ...args]);
    }
  }

  // ---- upgrading: every <webview> of the document becomes a WebViewElement, and is told when it comes and goes
  function upgrade(el) {
    if (internals.has(el)) return;
    Object.setPrototypeOf(el, WebViewElement.prototype);
    internals.set(el, { viewId: null, guestId: null, ready: false, lastRect: null, detachTimer: null,
      connected: false, ownSrc: null, partition: '',
      state: { url: '', title: '', isLoading: false, canGoBack: false, canGoForward: false, isCrashed: false,
        userAgent: '' } });
  }
  function sync(el) { // compares where the element is with what it was told last
    upgrade(el);
    const s = internals.get(el);
    if (el.isConnected !== s.connected) {
      s.connected = el.isConnected;
      if (s.connected) el.connectedCallback(); else el.disconnectedCallback();
    }
  }
  function webviewsIn(node, out) {
    if (node.nodeType !== 1) return;
    if (node.localName === 'webview') out.add(node);
    for (const el of node.getElementsByTagName('webview')) out.add(el);
  }
  function observe() {
    const root = document.documentElement;
    // The size of an iframe unless the page styles the element (:where: any author rule wins); the guest lies over it.
    const style = document.createElement('style');
    style.textContent = ':where(webview){display:flex;width:300px;height:150px}';
    (document.head || root).appendChild(style);
    const found = new Set();
    webviewsIn(root, found);
    found.forEach(sync);
    new MutationObserver((records) => {
      const touched = new Set();
      const srcChanged = new Set();
      const partitionChanged = new Set();
      for (const r of records) {
        if (r.type === 'childList') {
          for (const n of r.addedNodes) webviewsIn(n, touched);
          for (const n of r.removedNodes) webviewsIn(n, touched);
        } else if (r.type === 'attributes' && r.target.localName === 'webview') {
          (r.attributeName === 'src' ? srcChanged : partitionChanged).add(r.target);
        }
      }
      touched.forEach(sync);
      for (const el of partitionChanged) {
        upgrade(el);
        el.partitionChanged();
      }
      for (const el of srcChanged) {
        upgrade(el);
        el.srcChanged();
      }
    }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'partition'] });
  }
  if (document.documentElement) observe(); else addEventListener('DOMContentLoaded', observe, { once: true });
  Object.defineProperty(window, 'WebView', { value: WebViewElement, writable: true, configurable: true });
}
