/**
 * The IPC inspector ({@code shell run --trace-ipc}, {@code ShellOptions.traceIpc}), not API: prints what the IPC
 * core's {@code IpcTrace} hook reports. Nothing here runs while tracing is off.
 */
package cefshell.internal.trace;
