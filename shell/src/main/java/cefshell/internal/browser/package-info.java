/**
 * One Chromium browser behind the public {@code WebContents}, {@code BrowserWindow} and {@code BrowserPanel}: its CEF
 * client and handlers, windowed and off-screen views, Swing focus, captures, and the threads user callbacks run on.
 * Internal to cefshell, not API.
 */
package cefshell.internal.browser;
