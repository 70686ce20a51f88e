/**
 * {@code shell package}: turns an app folder into a self-contained app image (and a {@code .deb} on Debian) with the
 * JDK's own tools: jdeps finds the modules, jlink makes the runtime, jpackage makes the launcher and the package.
 * Internal to cefshell, not API.
 */
package cefshell.internal.packaging;
