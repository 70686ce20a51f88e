package cefshell.internal.browser;

/**
 * A page asked for a new window ({@code window.open}, {@code target="_blank"}); CEF's own popup was cancelled, so
 * the shell's window-open policy decides off CEF's thread whether to open a window of its own.
 *
 * @param openerUrl the URL of the frame that asked (the referrer)
 */
public record PopupRequest(String url, String frameName, String openerUrl) { }
