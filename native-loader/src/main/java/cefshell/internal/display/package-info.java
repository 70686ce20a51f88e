/**
 * The X display CEF needs even when nothing is shown: a private Xvfb, and running a command (a JVM) on it.
 * Internal to cefshell, not API.
 */
package cefshell.internal.display;
