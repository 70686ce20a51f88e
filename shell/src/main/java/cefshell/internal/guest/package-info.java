/**
 * {@code <webview>}: guest pages inside a host page. Each guest is a browser of its own (a {@code WebContents}),
 * laid over its element's rectangle in the host's window and relayed through Java: the host page's element
 * operations and a guest's {@code sendToHost} reach {@link cefshell.internal.guest.GuestViews} through the IPC
 * core's {@code HostRelay}; events go back to the host page through its ordinary main-to-renderer push. Never uses
 * {@code internal.ports}.
 */
package cefshell.internal.guest;
