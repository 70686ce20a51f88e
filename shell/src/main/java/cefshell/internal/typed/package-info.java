/**
 * Typed IPC, not API: {@code @IpcEndpoint} methods as invoke handlers (reflection, argument conversion) and the
 * TypeScript declarations written for them. Uses the public API and the codec's converter only; the IPC core does not
 * know it exists.
 */
package cefshell.internal.typed;
