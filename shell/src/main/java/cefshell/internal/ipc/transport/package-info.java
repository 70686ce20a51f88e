/**
 * The ways a request reaches Java (cefQuery, the app scheme's POSTs and GETs, the prompt): each captures what CEF
 * tells it on CEF's thread and hands the request to {@link cefshell.internal.ipc.Inbound}, and turns the answer into
 * its own reply format. Nothing here parses messages or calls user code. Internal to cefshell, not API.
 */
package cefshell.internal.ipc.transport;
