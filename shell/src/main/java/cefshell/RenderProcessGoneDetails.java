package cefshell;

/**
 * Why a page's renderer process ended: the details of Electron's {@code 'render-process-gone'} event.
 *
 * @param reason   Electron's words: {@code "abnormal-exit"}, {@code "killed"}, {@code "crashed"} (also after
 *                 {@link WebContents#forcefullyCrashRenderer()}), {@code "oom"}, {@code "launch-failed"} or
 *                 {@code "integrity-failure"}. Electron's {@code "clean-exit"} never occurs: Chromium does not report
 *                 a renderer that exits normally while its page is open.
 * @param exitCode the process's exit code, or the signal that ended it, as Chromium reports it (e.g. 9 for
 *                 {@code kill -9})
 */
public record RenderProcessGoneDetails(String reason, int exitCode) {
    @Override
    public String toString() {
        return reason + ", exit code " + exitCode;
    }
}
