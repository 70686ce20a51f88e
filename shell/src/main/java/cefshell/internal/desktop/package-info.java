/**
 * Handing URLs and files to the desktop (its browser, mail program and file manager) for {@code DesktopShell}.
 * Internal to cefshell, not API.
 */
package cefshell.internal.desktop;
