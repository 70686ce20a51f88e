package cefshell.internal.browser;

/** CEF's loading state of a page's main frame, as {@code onLoadingStateChange} reports it. */
public record LoadingState(boolean loading, boolean canGoBack, boolean canGoForward) {
}
