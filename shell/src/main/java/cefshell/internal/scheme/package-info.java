/**
 * The {@code app://} scheme: serves app folders (with the preload injected first into every HTML document) and
 * hands reserved paths, such as the IPC endpoints, to registered routes. Internal to cefshell, not API.
 */
package cefshell.internal.scheme;
