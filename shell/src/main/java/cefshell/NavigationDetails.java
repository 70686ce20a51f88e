package cefshell;

/**
 * What Electron's {@code 'did-start-navigation'} and {@code 'did-navigate-in-page'} tell: the URL, whether the
 * navigation stays in the same document (a fragment or {@code history.pushState}), and whether it is the main
 * frame's.
 */
public record NavigationDetails(String url, boolean isSameDocument, boolean isMainFrame) { }
