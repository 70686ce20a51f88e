package cefshell;

/**
 * Electron's {@code 'did-fail-load'}: a frame's load failed, e.g. the host cannot be reached.
 *
 * @param errorCode        Chromium's net error code, negative (e.g. {@code -102} for a refused connection)
 * @param errorDescription its name without {@code net::}, e.g. {@code ERR_CONNECTION_REFUSED}
 * @param validatedURL     the URL that failed
 * @param isMainFrame      whether the main frame failed (else an iframe)
 */
public record DidFailLoadDetails(int errorCode, String errorDescription, String validatedURL, boolean isMainFrame) { }
