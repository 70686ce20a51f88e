// Type declarations for the renderer API cefshell injects into every page (window.ipcRenderer, require('electron')).
// Use: copy this file into your project (or reference it: /// <reference path="cefshell.d.ts" />).
// Mirrors Electron's ipcRenderer and contextBridge; values cross with the Structured Clone Algorithm.

declare namespace CefShell {
  /** What a listener receives first: Electron's IpcRendererEvent. */
  interface IpcRendererEvent {
    /** The ipcRenderer that received the message. */
    sender: IpcRenderer;
    /**
     * The ports Java sent with `webContents.postMessage` / `webFrameMain.postMessage` (real MessagePorts, entangled
     * through Java with the MessagePortMains' peers); empty for every other message.
     */
    ports: MessagePort[];
    /** For messages sent with sendTo: the webContents id of the sending page. */
    senderId?: number;
  }

  type Listener = (event: IpcRendererEvent, ...args: any[]) => void;

  interface IpcRenderer {
    /** Listens to `channel`; the listener is called as `listener(event, ...args)`. */
    on(channel: string, listener: Listener): this;
    addListener(channel: string, listener: Listener): this;
    /** Listens for the next message on `channel` only. */
    once(channel: string, listener: Listener): this;
    off(channel: string, listener: Listener): this;
    removeListener(channel: string, listener: Listener): this;
    /** Without a channel: removes every listener of every channel. */
    removeAllListeners(channel?: string): this;
    listenerCount(channel: string): number;
    listeners(channel: string): Function[];
    eventNames(): string[];

    /** Sends to Java (ipcMain.on listeners); fire and forget. Throws `An object could not be cloned.` for non-cloneable args. */
    send(channel: string, ...args: any[]): void;
    /**
     * Calls the Java handler registered with ipcMain.handle and resolves with its result. Rejects with
     * `Error invoking remote method '<channel>': Error: <message>` when the handler throws or none is registered.
     * A channel listed in IpcInvokeChannels (the file `shell types` writes) takes and returns its Java types.
     */
    invoke<C extends string>(channel: C, ...args: C extends keyof IpcInvokeChannels ? IpcInvokeChannels[C]['args'] : any[]):
      Promise<C extends keyof IpcInvokeChannels ? IpcInvokeChannels[C]['result'] : any>;
    /** Blocks the page until a Java listener calls setReturnValue; returns that value (or `{error: 'reply was never sent'}`). */
    sendSync(channel: string, ...args: any[]): any;
    /** Electron <= 27: sends to the main frame of another page, bypassing ipcMain. */
    sendTo(webContentsId: number, channel: string, ...args: any[]): void;
    /** Sends to the <webview> element of the embedding page, as an 'ipc-message' DOM event. */
    sendToHost(channel: string, ...args: any[]): void;
    /**
     * Sends `message` to Java with the ports in `transfer` moved along (they are neutered here); Java's ipcMain
     * listeners get `(event, message)` with `event.ports()`. Throws `An object could not be cloned.` for a
     * non-cloneable message and `TypeError('Invalid value for transfer')` when `transfer` is not an array of
     * distinct, not yet moved MessagePorts.
     */
    postMessage(channel: string, message: any, transfer?: MessagePort[]): void;
  }

  /**
   * Typed invoke channels, `{ 'notes:load': { args: [id: Ipc.NoteId]; result: Ipc.Note } }`: empty here, filled by
   * the declarations `shell types` writes from the app's Java @IpcEndpoint methods.
   */
  interface IpcInvokeChannels {}

  interface ContextBridge {
    /**
     * Under context isolation (a window with a preload), puts a copy of `api` on the page's `window[apiKey]`:
     * functions proxied, promises settled across, other values copied and frozen. Throws without isolation.
     */
    exposeInMainWorld(apiKey: string, api: any): void;
  }

  /** The `process` of a preload (Electron's sandboxed preload). `versions.node` is the Java runtime's version. */
  interface PreloadProcess {
    readonly type: 'renderer';
    readonly sandboxed: true;
    readonly contextIsolated: boolean;
    readonly platform: string;
    readonly arch: string;
    readonly versions: { readonly chrome: string; readonly cef: string; readonly cefshell: string;
      readonly electron: string; readonly java: string; readonly node: string };
    readonly env: Record<string, string>;
    uptime(): number;
    getCreationTime(): number;
    getSystemVersion(): string;
    on(event: string, listener: (...args: any[]) => void): this;
  }
}

/** The `<webview>` element of a page whose window has `webPreferences.webviewTag(true)` (Electron's webview tag). */
interface WebViewElement extends HTMLElement {
  /** Follows the guest's navigations; setting it (even to the same value) loads it; clearing it is undone. */
  src: string;
  /** `''` shares the host's storage, `'name'` an in-memory session shared by name, `'persist:name'` (in memory too, see the README). Fixed once the guest exists. */
  partition: string;
  /** A `file:` URL of the guest's preload script. */
  preload: string;
  /** Without it, the guest's `window.open` opens nothing; with it, a new window. */
  allowpopups: boolean;
  /** `'key=value, ...'`; cefshell knows `contextIsolation` (never weaker than the host's). */
  webpreferences: string;
  /** The guest's User-Agent from its first request on. */
  useragent: string;
  /** The Referer of the guest's first load. */
  httpreferrer: string;
  /** The guest's state as of its last event. These getters throw until `dom-ready` has fired. */
  getURL(): string;
  getTitle(): string;
  isLoading(): boolean;
  canGoBack(): boolean;
  canGoForward(): boolean;
  /** The guest's own webContents id (Java: `WebContents.id()`), not the host's. */
  getWebContentsId(): number;
  isCrashed(): boolean;
  getUserAgent(): string;
  setUserAgent(userAgent: string): void;
  loadURL(url: string, options?: { httpReferrer?: string | { url: string }; userAgent?: string }): Promise<void>;
  /** Adds a style sheet to the guest's current document; resolves with a key for removeInsertedCSS. */
  insertCSS(css: string): Promise<string>;
  removeInsertedCSS(key: string): Promise<void>;
  /** Gives the keyboard to the guest page. */
  focus(): void;
  reload(): void;
  stop(): void;
  goBack(): void;
  goForward(): void;
  openDevTools(): void;
  /** Evaluates `code` in the guest's main frame; resolves with its (awaited) result. */
  executeJavaScript(code: string): Promise<any>;
  /** Reaches the guest main frame's `ipcRenderer.on(channel)` listeners. */
  send(channel: string, ...args: any[]): Promise<void>;
  /** `frameId` as in `ipc-message`'s `event.frameId`; resolves false when no such frame exists. */
  sendToFrame(frameId: [number, string] | string, channel: string, ...args: any[]): Promise<boolean>;
  addEventListener(type: 'ipc-message', listener: (event: Event & { channel: string; args: any[];
    frameId: [number, string] }) => void): void;
  addEventListener(type: 'console-message', listener: (event: Event & { level: number; message: string;
    line: number; sourceId: string }) => void): void;
  addEventListener(type: 'did-start-loading' | 'did-stop-loading' | 'dom-ready' | 'did-finish-load' | 'destroyed'
    | 'close', listener: (event: Event) => void): void;
  addEventListener(type: 'did-fail-load', listener: (event: Event & { errorCode: number; errorDescription: string;
    validatedURL: string; isMainFrame: boolean }) => void): void;
  addEventListener(type: 'did-navigate', listener: (event: Event & { url: string; httpResponseCode: number;
    httpStatusText: string }) => void): void;
  addEventListener(type: 'did-navigate-in-page' | 'load-commit', listener: (event: Event & { url: string;
    isMainFrame: boolean }) => void): void;
  addEventListener(type: 'will-navigate', listener: (event: Event & { url: string }) => void): void;
  addEventListener(type: 'page-title-updated', listener: (event: Event & { title: string; explicitSet: boolean }) => void): void;
  addEventListener(type: 'render-process-gone', listener: (event: Event & { details: { reason: string;
    exitCode: number } }) => void): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject): void;
}

interface HTMLElementTagNameMap {
  webview: WebViewElement;
}

declare module 'electron' {
  export const ipcRenderer: CefShell.IpcRenderer;
  export const contextBridge: CefShell.ContextBridge;
  export type IpcRendererEvent = CefShell.IpcRendererEvent;
  export type IpcRenderer = CefShell.IpcRenderer;
}

declare module 'electron/renderer' {
  export const ipcRenderer: CefShell.IpcRenderer;
  export const contextBridge: CefShell.ContextBridge;
  export type IpcRendererEvent = CefShell.IpcRendererEvent;
  export type IpcRenderer = CefShell.IpcRenderer;
}

interface Window {
  readonly ipcRenderer: CefShell.IpcRenderer;
  require(module: 'electron'): { ipcRenderer: CefShell.IpcRenderer; contextBridge: CefShell.ContextBridge };
}

declare const ipcRenderer: CefShell.IpcRenderer;
declare function require(module: 'electron'): { ipcRenderer: CefShell.IpcRenderer; contextBridge: CefShell.ContextBridge };
