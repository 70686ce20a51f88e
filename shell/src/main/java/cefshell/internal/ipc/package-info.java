/**
 * The IPC routing core: every request from a page enters through {@link cefshell.internal.ipc.Inbound}, is ordered
 * per document on its lane and delivered by {@link cefshell.internal.ipc.IpcDispatcher}; replies go back through
 * the transport's {@link cefshell.internal.ipc.Responder} in the formats of {@link cefshell.internal.ipc.Replies}.
 * Words: a <em>page</em> is one browser (a WebContents); a <em>document</em> is one load of one of its frames, named
 * by an id its bridge makes up; a <em>lane</em> is a document's ordered inbox. Internal to cefshell, not API.
 */
package cefshell.internal.ipc;
