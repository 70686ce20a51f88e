/**
 * CEF's native binaries: extracted once from the natives artifact into a per-user cache, and checked for shared
 * libraries this machine lacks. Internal to cefshell, not API.
 */
package cefshell.internal.natives;
