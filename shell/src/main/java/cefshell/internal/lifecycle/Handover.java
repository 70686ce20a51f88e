package cefshell.internal.lifecycle;

import java.util.List;

/** What a second instance tells the first: its command line, working directory and the app's own data (or null). */
public record Handover(List<String> argv, String workingDirectory, String additionalData) { }
