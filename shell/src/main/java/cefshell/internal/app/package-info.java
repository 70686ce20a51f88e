/**
 * {@code shell run}: reads and checks an app folder and its {@code app.json}, compiles and loads the app's main-side
 * Java code, runs the app and prints its console and diagnostics on the terminal. Internal to cefshell, not API.
 */
package cefshell.internal.app;
