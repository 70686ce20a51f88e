package cefshell;

import java.util.List;

/**
 * Electron's {@code 'second-instance'}: another process of this app asked for the single-instance lock and handed
 * over to this one, which usually focuses its window.
 *
 * @param argv             the second process's command line (its JVM's, so the app's own arguments come last)
 * @param workingDirectory the folder it was started in
 * @param additionalData   what it passed to {@link Shell#requestSingleInstanceLock(String)}, or null
 */
public record SecondInstanceEvent(List<String> argv, String workingDirectory, String additionalData) { }
