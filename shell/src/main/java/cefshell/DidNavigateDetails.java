package cefshell;

/**
 * Electron's {@code 'did-navigate'}: the main frame navigated to a new document from {@code url}. The HTTP status is
 * the main resource's ({@code 200} for the {@code app://} scheme's files), or {@code -1} when there is none (e.g.
 * {@code about:blank}); the status text is the standard phrase of common statuses, else "". CEF tells the status only
 * when the document has loaded, so the event comes then, just before {@code did-finish-load}.
 */
public record DidNavigateDetails(String url, int httpResponseCode, String httpStatusText) { }
