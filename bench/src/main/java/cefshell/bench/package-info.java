/**
 * {@code cefshell bench}: cefshell's IPC, startup and memory measured against raw JCEF in the same run. A program of
 * its own (the bench module), not part of {@code cefshell.jar} and not API.
 */
package cefshell.bench;
