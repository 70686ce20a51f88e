/**
 * The preload script as Java sees it: the bridge's JavaScript files assembled, in their listed order, into the one
 * script injected into every page. Internal to cefshell, not API.
 */
package cefshell.internal.bridge;
