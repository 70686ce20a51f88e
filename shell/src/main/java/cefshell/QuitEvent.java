package cefshell;

/** Electron's {@code 'before-quit'} and {@code 'will-quit'} event: {@link #preventDefault()} keeps the app running. */
public final class QuitEvent {
    private volatile boolean prevented;

    QuitEvent() {
    }

    /** Cancels the quit: the windows stay open (before-quit) or the shell keeps running with none (will-quit). */
    public void preventDefault() {
        prevented = true;
    }

    public boolean isDefaultPrevented() {
        return prevented;
    }
}
