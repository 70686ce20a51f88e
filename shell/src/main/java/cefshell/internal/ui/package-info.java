/**
 * Swing's side of the main-side APIs: dialogs, menus and the Swing half of the theme. Uses only the public
 * {@code cefshell} API, Java and Swing (no other internal package, no CEF), so it can be read, and tested, as a
 * Swing program. Internal to cefshell, not API.
 */
package cefshell.internal.ui;
