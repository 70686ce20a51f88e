package cefshell;

/**
 * A message a page wrote to its console, or an uncaught error in a page (level {@link Level#ERROR}).
 *
 * @param source the script URL, or the page URL for inline scripts
 * @param line   1-based line in {@code source}, 0 when unknown
 */
public record ConsoleMessage(Level level, String message, String source, int line) {
    /** Chromium's console levels; {@code console.log} and {@code console.info} both arrive as INFO. */
    public enum Level { DEBUG, INFO, WARNING, ERROR }

    @Override
    public String toString() {
        return level + " " + message + " (" + source + ":" + line + ")";
    }
}
