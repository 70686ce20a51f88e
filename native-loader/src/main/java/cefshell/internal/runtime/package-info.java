/**
 * The one CEF runtime of a process: its switches and options, a bounded start and shutdown, and waits that are safe
 * on the AWT event dispatch thread. Internal to cefshell, not API.
 */
package cefshell.internal.runtime;
