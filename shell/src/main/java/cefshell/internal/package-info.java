/**
 * The shell's composition root ({@link cefshell.internal.ShellCore}): the wiring behind the public
 * {@link cefshell.Shell}. Internal to cefshell, not API.
 */
package cefshell.internal;
