/**
 * The app's lifetime around the shell (Electron's {@code app}): its well-known folders and the single-instance lock
 * with its hand-over to the first instance. Internal to cefshell, not API.
 */
package cefshell.internal.lifecycle;
