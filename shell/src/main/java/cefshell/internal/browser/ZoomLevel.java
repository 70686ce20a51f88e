package cefshell.internal.browser;

/**
 * A page's zoom level as {@code webContents.getZoomLevel()} answers it: at once, from any thread, never asking JCEF
 * (off CEF's UI thread its getZoomLevel posts to that thread and waits; see {@link BrowserHost#zoomLevel()}).
 *
 * <p>Two sources write it. Java's set is taken at once. CEF's own level is read on its UI thread whenever the
 * loading state changes, because each navigation may change it (Chromium keeps a level per origin). CEF applies a set
 * made off its UI thread later, in a task it posts, so a report already queued on that thread reads the old level.
 * Taken as it came, that report undid the set: a level set as a load finished read back as the old one although the
 * page showed the new one. So, after a set, CEF's reports are ignored until the main frame's next load starts; from
 * then on the level CEF reports includes the set.
 */
final class ZoomLevel {
    private double level; // guarded by this
    private boolean setSinceLoadStart; // guarded by this

    synchronized double get() {
        return level;
    }

    /** Java set the level (any thread); the caller then hands it to CEF. */
    synchronized void set(double newLevel) {
        level = newLevel;
        setSinceLoadStart = true;
    }

    /** The main frame started a load. CEF UI thread. */
    synchronized void loadStarted() {
        setSinceLoadStart = false;
    }

    /** CEF reported the page's level, read on its UI thread as the loading state changed. */
    synchronized void reported(double cefLevel) {
        if (!setSinceLoadStart) {
            level = cefLevel;
        }
    }
}
