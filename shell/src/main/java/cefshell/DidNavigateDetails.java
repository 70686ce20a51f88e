package cefshell;

/**
 * Electron's {@code 'did-navigate'}: the main frame committed a new document from {@code url}. The HTTP status is the
 * main resource's ({@code 200} for the {@code app://} scheme's files), or {@code -1} and "" when it is unknown (e.g.
 * {@code about:blank}).
 */
public record DidNavigateDetails(String url, int httpResponseCode, String httpStatusText) { }
