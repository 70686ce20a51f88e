/**
 * The IPC value format of {@code docs/wire-format.md}: encodes Java values, decodes page values and converts them to
 * the types callers ask for (the Java half of the preload's {@code codec.js}). Internal to cefshell, not API.
 */
package cefshell.internal.codec;
